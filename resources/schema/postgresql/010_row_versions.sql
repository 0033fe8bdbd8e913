-- The PostgreSQL form of ../010_row_versions.sql.
--
-- Each action carries a version, and who saved it last and when, so that an edit made to
-- an older version (a colleague saved the same action since the dialog was opened) is
-- refused instead of overwriting theirs. Saving checks the version it read and adds one.

ALTER TABLE action ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE action ADD COLUMN changed_by text;
ALTER TABLE action ADD COLUMN changed_at text;
