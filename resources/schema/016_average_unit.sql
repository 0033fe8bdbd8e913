-- An average (a caseload of 16.6 children a social worker) is a number with decimals,
-- neither a count nor a rate: it gets a unit of its own, and the caseload takes it.
-- Rebuilding the table would need foreign keys off, which SQLite does not allow inside the
-- migration's transaction; a CHECK that only widens is changed in the schema's own text,
-- as SQLite documents for changes that leave the stored rows as they are (the migrator then
-- moves the schema's version on, so every connection reads it again).

PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(sql, 'unit IN (''count'', ''rate_per_10000'', ''percent'', ''days'')',
                  'unit IN (''count'', ''rate_per_10000'', ''percent'', ''days'', ''average'')')
WHERE type = 'table' AND name = 'indicator';

PRAGMA writable_schema = OFF;

UPDATE indicator SET unit = 'average' WHERE key = 'sw_caseload';
