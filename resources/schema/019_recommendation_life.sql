-- The life of a recommendation: closed on a date (with a note of what closed it), or
-- carried forward past a later inspection, which keeps it open. Whether a recommendation is
-- superseded is not stored: it follows from the authority's graded inspections, whatever
-- order they were typed or imported in. A visit's "areas for priority action" get a kind of
-- their own beside its "areas for improvement".

ALTER TABLE recommendation ADD COLUMN closed_on TEXT
    CHECK (closed_on IS NULL OR date(closed_on) IS closed_on);
ALTER TABLE recommendation ADD COLUMN closed_note TEXT;
ALTER TABLE recommendation ADD COLUMN carried_forward INTEGER NOT NULL DEFAULT 0
    CHECK (carried_forward IN (0, 1));

-- A CHECK that only widens is changed in the schema's own text (see 016).
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(sql, 'kind IN (''recommendation'', ''area_for_improvement'')',
                  'kind IN (''recommendation'', ''area_for_improvement'', ''priority_action'')')
WHERE type = 'table' AND name = 'recommendation';

PRAGMA writable_schema = OFF;
