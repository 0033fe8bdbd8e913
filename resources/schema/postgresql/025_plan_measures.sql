-- The PostgreSQL form of ../025_plan_measures.sql: a measure belongs to one action or to a
-- whole plan, and a plan carries a version and who saved it last, kept by the server itself
-- as for every other versioned row (018).

ALTER TABLE plan ADD COLUMN row_version integer NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE plan ADD COLUMN changed_by text;
ALTER TABLE plan ADD COLUMN changed_at text;

CREATE TRIGGER keep_row_author BEFORE INSERT OR UPDATE ON plan
FOR EACH ROW EXECUTE FUNCTION cstracker_keep_row_author('versioned');

ALTER TABLE impact_measure ALTER COLUMN action_id DROP NOT NULL;
ALTER TABLE impact_measure ADD COLUMN plan_id bigint REFERENCES plan(id) ON DELETE CASCADE;
ALTER TABLE impact_measure ADD CONSTRAINT impact_measure_one_owner
    CHECK ((plan_id IS NULL) <> (action_id IS NULL));
CREATE UNIQUE INDEX impact_measure_plan ON impact_measure(plan_id, indicator_id);
