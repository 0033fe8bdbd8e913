-- What an action is meant to move: an indicator of its authority, from a baseline (a figure
-- for a period ending on a date, with where it came from) to a target value by a date.
-- Whether it is on track is not stored: it follows from the figures as they arrive. Measures
-- belong to their action, whose version covers them, as its links to recommendations do.

CREATE TABLE impact_measure (
    id              INTEGER PRIMARY KEY,
    action_id       INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    baseline_value  REAL    NOT NULL,
    baseline_on     TEXT    NOT NULL CHECK (date(baseline_on) IS baseline_on),
    baseline_source TEXT    NOT NULL CHECK (length(trim(baseline_source)) > 0),
    target_value    REAL    NOT NULL,
    target_on       TEXT    NOT NULL CHECK (date(target_on) IS target_on),
    CHECK (target_on > baseline_on),
    UNIQUE (action_id, indicator_id)
);
CREATE INDEX impact_measure_indicator ON impact_measure(indicator_id);
