-- oxidometer schema, counting rules v2 (issue 9): the repositories' tag lists, drivers as module trees, tree events.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- Every release tag (release candidates too) a repository held at its latest scan, scanned or not. With it, a
-- release that is missing between two scanned ones is found even where the kernel's numbering cannot tell
-- (v6.19 -> v7.0 is adjacent by the numbering; a repository holding v6.20 says otherwise).
CREATE TABLE repository_tag (
    repository_id BIGINT       NOT NULL REFERENCES repository (id) ON DELETE CASCADE,
    tag           VARCHAR(100) NOT NULL,
    PRIMARY KEY (repository_id, tag)
);

-- kind: module (a file declaring a module! and its module tree) or library (Rust under drivers/ in no module's
-- tree). code: the code lines of those files; NULL for rows stored under rules version 1.
ALTER TABLE driver_release ADD COLUMN kind VARCHAR(20) DEFAULT 'module' NOT NULL;
ALTER TABLE driver_release ADD COLUMN code BIGINT;

-- The files of a driver's module tree (driver_path is the declaring file, driver_release.path).
CREATE TABLE driver_file (
    release_id  BIGINT        NOT NULL REFERENCES release_tag (id) ON DELETE CASCADE,
    driver_path VARCHAR(1000) NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (release_id, driver_path, path)
);

-- What changed in the tree since the scanned release before it on the release timeline (after_tag, NULL for the
-- first scanned release), computed from the stored rows whenever a release is stored. Whether the two releases
-- are adjacent is not stored: it depends on which releases are scanned, and is worked out when read.
CREATE TABLE release_event (
    release_id BIGINT        NOT NULL REFERENCES release_tag (id) ON DELETE CASCADE,
    ord        INT           NOT NULL,
    after_tag  VARCHAR(100),
    kind       VARCHAR(40)   NOT NULL,
    subject    VARCHAR(1000) NOT NULL,
    detail     VARCHAR(2000),
    PRIMARY KEY (release_id, ord)
);

-- A blob's extras now also hold the doc-comment line count; room to spare.
ALTER TABLE blob_counts ALTER COLUMN extras SET DATA TYPE VARCHAR(2000);
