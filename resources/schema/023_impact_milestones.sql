-- Milestones a board agreed on the way from an impact measure's baseline to its target: the
-- line a measure is judged against bends through them. They belong to their measure.

CREATE TABLE impact_milestone (
    measure_id  INTEGER NOT NULL REFERENCES impact_measure(id) ON DELETE CASCADE,
    due_on      TEXT    NOT NULL CHECK (date(due_on) IS due_on),
    value       REAL    NOT NULL,
    PRIMARY KEY (measure_id, due_on)
);
