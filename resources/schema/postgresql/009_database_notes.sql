-- The PostgreSQL form of ../009_database_notes.sql.
--
-- Notes a database keeps about itself, such as that its figures are generated for testing
-- and must not be read as real ("synthetic").
CREATE TABLE database_note (
    key    TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    value  TEXT NOT NULL
);
