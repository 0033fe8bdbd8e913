-- The PostgreSQL form of ../004_indicator_import.sql.
--
-- Whether an indicator is a snapshot ("at 31 March") or a flow over a period ("in the
-- year"), so published yearly figures land on the right dates; and the user's mapping
-- of published measure names to indicators, remembered between imports.

ALTER TABLE indicator ADD COLUMN measured TEXT NOT NULL DEFAULT 'in' CHECK (measured IN ('at', 'in'));

UPDATE indicator SET measured = 'at'
WHERE key IN ('child_population', 'cin_count', 'cin_rate', 'cpp_count', 'cpp_rate', 'private_fostering_count',
              'cla_count', 'cla_rate', 'cla_outside_authority_pct', 'care_leavers_in_touch_pct',
              'care_leavers_eet_pct', 'care_leavers_accommodation_pct', 'sw_caseload', 'sw_agency_pct');

CREATE TABLE import_mapping (
    measure       TEXT PRIMARY KEY,
    indicator_id  bigint NOT NULL REFERENCES indicator(id) ON DELETE CASCADE
);

-- Comparisons read every neighbour's value for one indicator and period.
CREATE INDEX indicator_value_period ON indicator_value(indicator_id, period_end, authority_id);

-- A snapshot has no first day, and SQLite lets NULLs repeat in a UNIQUE constraint, so
-- the original constraint could not stop the same snapshot being stored twice. This one can.
CREATE UNIQUE INDEX indicator_value_once ON indicator_value(authority_id, indicator_id, period_kind, period_end,
                                                            coalesce(period_start, ''));
