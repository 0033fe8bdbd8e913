-- An average (a caseload of 16.6 children a social worker) is a number with decimals,
-- neither a count nor a rate: it gets a unit of its own, and the caseload takes it.

ALTER TABLE indicator DROP CONSTRAINT indicator_unit_check;
ALTER TABLE indicator ADD CONSTRAINT indicator_unit_check
    CHECK (unit IN ('count', 'rate_per_10000', 'percent', 'days', 'average'));

UPDATE indicator SET unit = 'average' WHERE key = 'sw_caseload';
