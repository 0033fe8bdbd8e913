-- A published file gives thousands of figures. Each now keeps the line of the file it came
-- from beside one source row for the file, instead of a source row a line. The table is
-- rebuilt without two indexes that repeated a third: the first UNIQUE constraint (which let
-- a snapshot be stored twice, so 004 added indicator_value_once) and the series index, a
-- prefix of indicator_value_once. Nothing refers to this table, so it can be rebuilt.

CREATE TABLE indicator_value_rebuilt (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    period_kind     TEXT NOT NULL CHECK (period_kind IN ('at', 'in')),
    period_start    TEXT CHECK (period_start IS NULL OR date(period_start) IS period_start),
    period_end      TEXT NOT NULL CHECK (date(period_end) IS period_end),
    period_label    TEXT NOT NULL,
    value           REAL,
    suppression     TEXT CHECK (suppression IN ('c', 'x', 'z', 'low', 'u', 'blank')),
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    source_line     INTEGER CHECK (source_line IS NULL OR source_line > 0),
    CHECK ((value IS NULL) <> (suppression IS NULL)),
    CHECK ((period_kind = 'at') = (period_start IS NULL)),
    CHECK (period_start IS NULL OR period_start <= period_end)
);

INSERT INTO indicator_value_rebuilt (id, authority_id, indicator_id, period_kind, period_start,
                                     period_end, period_label, value, suppression, source_id)
SELECT id, authority_id, indicator_id, period_kind, period_start, period_end, period_label,
       value, suppression, source_id
FROM indicator_value;

DROP TABLE indicator_value;
ALTER TABLE indicator_value_rebuilt RENAME TO indicator_value;

CREATE UNIQUE INDEX indicator_value_once ON indicator_value(authority_id, indicator_id, period_kind, period_end,
                                                            coalesce(period_start, ''));
CREATE INDEX indicator_value_period ON indicator_value(indicator_id, period_end, authority_id);
