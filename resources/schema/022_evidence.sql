-- Evidence of an action's work: a document at a web address, or a file kept as sources are,
-- by its path and SHA-256, so a file moved or changed since it was attached is noticed. It
-- belongs to its action (whose version covers it, as its measures), and may say which of
-- the action's progress updates it backs.

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    update_id   INTEGER REFERENCES action_update(id) ON DELETE SET NULL,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('audit', 'case_file_audit', 'minutes', 'survey',
                                                 'report', 'data', 'other')),
    dated_on    TEXT CHECK (dated_on IS NULL OR date(dated_on) IS dated_on),
    location    TEXT    NOT NULL CHECK (length(trim(location)) > 0),
    sha256      TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'))
);
CREATE INDEX evidence_action ON evidence(action_id);
