-- The PostgreSQL form of ../014_quick_suppression_check.sql. The suppression check reads
-- "IS NULL OR IN" on both databases, so the two schemas say the same; PostgreSQL changes
-- the constraint in place.

ALTER TABLE indicator_value DROP CONSTRAINT indicator_value_suppression_check;
ALTER TABLE indicator_value ADD CONSTRAINT indicator_value_suppression_check
    CHECK (suppression IS NULL OR suppression IN ('c', 'x', 'z', 'low', 'u', 'blank'));
