-- What changed since the last meeting needs two dates the database did not keep: when each
-- document (a published file, a report) reached the tracker, and when each board last met.
-- A document recorded before this migration has no date, and counts as old news.

ALTER TABLE document ADD COLUMN recorded_on TEXT
    CHECK (recorded_on IS NULL OR date(recorded_on) IS recorded_on);

-- The meetings a board pack was written for, per authority and meeting name: the previous
-- one's date is where "since the last meeting" starts.
CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    held_on         TEXT    NOT NULL CHECK (date(held_on) IS held_on),
    UNIQUE (authority_id, name, held_on)
);
