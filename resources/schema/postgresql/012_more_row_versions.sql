-- The PostgreSQL form of ../012_more_row_versions.sql.
--
-- Inspections and figures carry a version, and who saved them last and when, as actions
-- have since 010: an edit made to an older version (a colleague saved the same inspection
-- or figure since it was read) is refused instead of overwriting theirs.

ALTER TABLE inspection ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE inspection ADD COLUMN changed_by text;
ALTER TABLE inspection ADD COLUMN changed_at text;

ALTER TABLE indicator_value ADD COLUMN row_version integer NOT NULL DEFAULT 1
    CHECK (row_version > 0);
ALTER TABLE indicator_value ADD COLUMN changed_by text;
ALTER TABLE indicator_value ADD COLUMN changed_at text;
