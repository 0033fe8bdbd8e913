-- The PostgreSQL form of ../013_neighbour_savers.sql.
--
-- Who saved an authority's list of statistical neighbours last, and when: a list saved over
-- one that a colleague changed since it was read is refused, and says by whom and when.

ALTER TABLE statistical_neighbour ADD COLUMN changed_by text;
ALTER TABLE statistical_neighbour ADD COLUMN changed_at text;
