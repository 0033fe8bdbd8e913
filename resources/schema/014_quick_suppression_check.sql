-- A figure's suppression code was checked with "suppression IN (...)" alone. Most figures
-- have no code, and SQLite answers "NULL IN (list)" the slow way, by looking for a NULL in
-- the list: that one check was a fifth of writing a published file's figures. The same rule
-- is now written "IS NULL OR IN", which SQLite answers at once for a figure without a code.
-- SQLite changes a CHECK only by rebuilding the table; nothing refers to it.

CREATE TABLE indicator_value_rebuilt (
    id              INTEGER PRIMARY KEY,
    authority_id    INTEGER NOT NULL REFERENCES authority(id) ON DELETE CASCADE,
    indicator_id    INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
    period_kind     TEXT NOT NULL CHECK (period_kind IN ('at', 'in')),
    period_start    TEXT CHECK (period_start IS NULL OR date(period_start) IS period_start),
    period_end      TEXT NOT NULL CHECK (date(period_end) IS period_end),
    period_label    TEXT NOT NULL,
    value           REAL,
    suppression     TEXT CHECK (suppression IS NULL OR
                                suppression IN ('c', 'x', 'z', 'low', 'u', 'blank')),
    source_id       INTEGER REFERENCES source(id) ON DELETE SET NULL,
    source_line     INTEGER CHECK (source_line IS NULL OR source_line > 0),
    row_version     INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0),
    changed_by      TEXT,
    changed_at      TEXT,
    CHECK ((value IS NULL) <> (suppression IS NULL)),
    CHECK ((period_kind = 'at') = (period_start IS NULL)),
    CHECK (period_start IS NULL OR period_start <= period_end)
);

INSERT INTO indicator_value_rebuilt (id, authority_id, indicator_id, period_kind, period_start,
                                     period_end, period_label, value, suppression, source_id,
                                     source_line, row_version, changed_by, changed_at)
SELECT id, authority_id, indicator_id, period_kind, period_start, period_end, period_label,
       value, suppression, source_id, source_line, row_version, changed_by, changed_at
FROM indicator_value;

DROP TABLE indicator_value;
ALTER TABLE indicator_value_rebuilt RENAME TO indicator_value;

CREATE UNIQUE INDEX indicator_value_once ON indicator_value(indicator_id, period_end, period_kind,
                                                            coalesce(period_start, ''),
                                                            authority_id);
CREATE INDEX indicator_value_authority ON indicator_value(authority_id, indicator_id);
