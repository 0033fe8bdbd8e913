-- Inspections and figures carry a version, and who saved them last and when, as actions
-- have since 010: an edit made to an older version (a colleague saved the same inspection
-- or figure since it was read) is refused instead of overwriting theirs.

ALTER TABLE inspection ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE inspection ADD COLUMN changed_by TEXT;
ALTER TABLE inspection ADD COLUMN changed_at TEXT;

ALTER TABLE indicator_value ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1
    CHECK (row_version > 0);
ALTER TABLE indicator_value ADD COLUMN changed_by TEXT;
ALTER TABLE indicator_value ADD COLUMN changed_at TEXT;
