-- The PostgreSQL form of ../011_neighbour_order.sql.
--
-- An authority's statistical neighbours are kept in order, closest first, as DfE lists them
-- and as a user arranges them: the order is a column of its own, not the order the rows
-- happened to be written in.

ALTER TABLE statistical_neighbour ADD COLUMN position integer NOT NULL DEFAULT 0
    CHECK (position >= 0);

-- Rows were written closest first; their place in the table is the nearest to that order
-- PostgreSQL keeps.
UPDATE statistical_neighbour s SET position = o.position
FROM (SELECT authority_id, neighbour_id,
             row_number() OVER (PARTITION BY authority_id ORDER BY ctid) - 1 AS position
      FROM statistical_neighbour) o
WHERE o.authority_id = s.authority_id AND o.neighbour_id = s.neighbour_id;
