-- Milestones a board agreed on the way from an impact measure's baseline to its target: the
-- line a measure is judged against bends through them. They belong to their measure.

CREATE TABLE impact_milestone (
    measure_id  bigint NOT NULL REFERENCES impact_measure(id) ON DELETE CASCADE,
    due_on      TEXT   NOT NULL CHECK (is_iso_date(due_on)),
    value       double precision NOT NULL,
    PRIMARY KEY (measure_id, due_on)
);

-- On a server already set up, editors write milestones, readers see them, and the audit
-- trail and open windows hear of them (server.sql does the same for a new server).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cstracker_editor') THEN
        GRANT INSERT, UPDATE, DELETE ON impact_milestone TO cstracker_editor;
        GRANT SELECT ON impact_milestone TO cstracker_reader;
    END IF;
    IF to_regproc('audit_change') IS NOT NULL THEN
        CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON impact_milestone
        FOR EACH ROW EXECUTE FUNCTION audit_change();
        CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON impact_milestone
        FOR EACH STATEMENT EXECUTE FUNCTION notify_change();
    END IF;
END;
$$;
