-- The PostgreSQL form of ../008_figures_by_indicator.sql.
--
-- Published files list each year's figures authority after authority. The index that keeps a
-- figure once began with the authority, so every row of such a file landed somewhere else in
-- it; it now begins with the indicator and its period, the order files come in and the order
-- ranking reads them, so one index serves both and the period index that repeated it goes.
-- A narrow index by authority keeps "everything for this authority" quick.

DROP INDEX indicator_value_once;
DROP INDEX indicator_value_period;

CREATE UNIQUE INDEX indicator_value_once ON indicator_value(indicator_id, period_end, period_kind,
                                                            coalesce(period_start, ''),
                                                            authority_id);
CREATE INDEX indicator_value_authority ON indicator_value(authority_id, indicator_id);
