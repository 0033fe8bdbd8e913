-- Action plans answering recommendations. Progress is a history of dated updates that is
-- only ever appended to: the triggers refuse to change or delete an update, so "progress
-- over time" can always be drawn from what was actually reported.

CREATE TABLE plan (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    starts_on       TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
    ends_on         TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
    reports_to      TEXT,
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX plan_authority ON plan(authority_id);

CREATE TABLE action (
    id               INTEGER PRIMARY KEY,
    plan_id          INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    title            TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description      TEXT,
    lead_officer     TEXT,
    service_area     TEXT,
    start_date       TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
    due_date         TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    status           TEXT NOT NULL DEFAULT 'not_started'
                          CHECK (status IN ('not_started', 'in_progress', 'complete', 'closed')),
    success_measure  TEXT,
    evidence         TEXT,
    CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);
CREATE INDEX action_plan ON action(plan_id);

CREATE TABLE action_recommendation (
    action_id          INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    recommendation_id  INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, recommendation_id)
);
CREATE INDEX action_recommendation_reverse ON action_recommendation(recommendation_id);

CREATE TABLE action_update (
    id                INTEGER PRIMARY KEY,
    action_id         INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    reported_on       TEXT    NOT NULL CHECK (date(reported_on) IS reported_on),
    author            TEXT,
    note              TEXT,
    rag               TEXT    NOT NULL CHECK (rag IN ('red', 'amber', 'green', 'blue')),
    percent_complete  INTEGER NOT NULL CHECK (percent_complete BETWEEN 0 AND 100)
);
CREATE INDEX action_update_action ON action_update(action_id, reported_on);

CREATE TRIGGER action_update_is_history BEFORE UPDATE ON action_update
BEGIN
    SELECT RAISE(ABORT, 'action updates are history and cannot be changed');
END;
