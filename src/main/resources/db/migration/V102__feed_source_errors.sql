-- Issue 12: each feed source keeps its last error and when it happened (the last result alone is overwritten by
-- the next success), so that a source that keeps failing on the schedule shows it.
ALTER TABLE news_feed_source ADD COLUMN last_error VARCHAR(1000);
ALTER TABLE news_feed_source ADD COLUMN last_error_at TIMESTAMP WITH TIME ZONE;
