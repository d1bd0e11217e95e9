-- The doc-comment lines of each .rs file of a release (a subset of its comment lines), so that a stored release
-- reads back with them (its export, the scanner JSON, gives them per file). NULL for rows stored before this column:
-- those read them from the blob-count cache when it still holds the blob, else as 0 until the release is scanned again.
ALTER TABLE rust_file ADD COLUMN doc_comments BIGINT;
