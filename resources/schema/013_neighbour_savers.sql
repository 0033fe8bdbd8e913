-- Who saved an authority's list of statistical neighbours last, and when: a list saved over
-- one that a colleague changed since it was read is refused, and says by whom and when.

ALTER TABLE statistical_neighbour ADD COLUMN changed_by TEXT;
ALTER TABLE statistical_neighbour ADD COLUMN changed_at TEXT;
