-- An authority's statistical neighbours are kept in order, closest first, as DfE lists them
-- and as a user arranges them: the order is a column of its own, not the order the rows
-- happened to be written in.

ALTER TABLE statistical_neighbour ADD COLUMN position INTEGER NOT NULL DEFAULT 0
    CHECK (position >= 0);

-- Rows were written closest first, so their order of writing numbers them.
UPDATE statistical_neighbour SET position = (
    SELECT count(*) FROM statistical_neighbour e
    WHERE e.authority_id = statistical_neighbour.authority_id
      AND e.rowid < statistical_neighbour.rowid);
