-- Issue 13: scans are durable jobs of db-scheduler, so that one scan per repository runs across a cluster of
-- instances on one database, and another instance takes a scan over when the one running it dies.
-- The scheduler's table, as its documentation gives it for PostgreSQL, in types that H2 reads the same way.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- A scan's progress is stored, so that every instance shows it (and pushes it to its browsers), not only the one
-- that runs it; progress_at tells when it last moved.
ALTER TABLE scan_run ADD COLUMN current_tag VARCHAR(100);
ALTER TABLE scan_run ADD COLUMN tag_index INT NOT NULL DEFAULT 0;
ALTER TABLE scan_run ADD COLUMN files_done INT NOT NULL DEFAULT 0;
ALTER TABLE scan_run ADD COLUMN files_total INT NOT NULL DEFAULT 0;
ALTER TABLE scan_run ADD COLUMN progress_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX scan_run_status ON scan_run (status);
