-- A measure can be the whole plan's rather than one action's: a board sets the figures the
-- plan as a whole is meant to move (the rate of children looked after, say) beside those of
-- single actions. A measure then belongs to exactly one of the two. A plan can now be edited
-- (its name, dates, board and measures), so it carries a version and who saved it last, as
-- actions do (010), and its measures are saved and conflict-checked with it.
--
-- Rebuilding impact_measure would need foreign keys off, which SQLite does not allow inside
-- the migration's transaction (and dropping it would take its milestones with it): the
-- action's NOT NULL, which only widens what the table accepts, is taken out of the schema's
-- own text, as SQLite documents for changes that leave the stored rows as they are (the
-- migrator then moves the schema's version on, so every connection reads it again).

ALTER TABLE plan ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE plan ADD COLUMN changed_by TEXT;
ALTER TABLE plan ADD COLUMN changed_at TEXT;

PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(sql, 'action_id       INTEGER NOT NULL REFERENCES action(id)',
                  'action_id       INTEGER REFERENCES action(id)')
WHERE type = 'table' AND name = 'impact_measure';

PRAGMA writable_schema = OFF;

ALTER TABLE impact_measure ADD COLUMN plan_id INTEGER REFERENCES plan(id) ON DELETE CASCADE
    CHECK ((plan_id IS NULL) <> (action_id IS NULL));
CREATE UNIQUE INDEX impact_measure_plan ON impact_measure(plan_id, indicator_id);
