-- What a team's server has beyond the tables, set up by `cstracker --init-server` (run once
-- by an administrator, again after an update; every step can run twice): three roles the
-- server itself enforces, and an audit trail written by the server in the same transaction
-- as each change.
--
-- Roles (NOLOGIN groups; people log in as themselves and are made members):
--   cstracker_reader         board members: see and export everything, change nothing
--   cstracker_editor         also action plans, updates, figures, targets, inspections
--   cstracker_administrator  also authorities, neighbours, the catalogue, and who is who

DO $$
BEGIN
    IF to_regrole('cstracker_reader') IS NULL THEN
        CREATE ROLE cstracker_reader NOLOGIN;
    END IF;
    IF to_regrole('cstracker_editor') IS NULL THEN
        CREATE ROLE cstracker_editor NOLOGIN;
    END IF;
    IF to_regrole('cstracker_administrator') IS NULL THEN
        CREATE ROLE cstracker_administrator NOLOGIN;
    END IF;
END;
$$;

GRANT cstracker_reader TO cstracker_editor;
GRANT cstracker_editor TO cstracker_administrator;
-- Administrators make people readers, editors or administrators.
GRANT cstracker_reader TO cstracker_administrator WITH ADMIN OPTION;
GRANT cstracker_editor TO cstracker_administrator WITH ADMIN OPTION;

-- Only what is granted below: nothing for anyone else.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cstracker_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO cstracker_reader;
GRANT INSERT, UPDATE, DELETE ON document, source, inspection, judgement, recommendation, plan,
    action, action_recommendation, action_update, impact_measure, indicator_value, target,
    import_mapping, meeting, evidence, impact_milestone TO cstracker_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO cstracker_editor;
GRANT INSERT, UPDATE, DELETE ON authority, authority_successor, authority_former_code,
    authority_alias, statistical_neighbour, indicator, database_note TO cstracker_administrator;

-- The audit trail: who changed what, when, from what to what. Written only by the
-- trigger below, which runs with its owner's rights; nobody may change or remove a row.
CREATE TABLE IF NOT EXISTS audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    changed_by  text NOT NULL,
    table_name  text NOT NULL,
    row_id      bigint,
    operation   text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    old_values  jsonb,
    new_values  jsonb
);
CREATE INDEX IF NOT EXISTS audit_log_row ON audit_log (table_name, row_id, changed_at);

REVOKE ALL ON audit_log FROM PUBLIC;
GRANT SELECT ON audit_log TO cstracker_reader;

CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is history and cannot be changed';
END;
$$;

CREATE OR REPLACE TRIGGER audit_log_is_history BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE OR REPLACE FUNCTION audit_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_row := to_jsonb(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_row := to_jsonb(NEW);
    END IF;
    -- session_user: the person logged in, not this function's owner.
    INSERT INTO audit_log (changed_by, table_name, row_id, operation, old_values, new_values)
    VALUES (session_user, TG_TABLE_NAME, (coalesce(new_row, old_row) ->> 'id')::bigint,
            lower(TG_OP), old_row, new_row);
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION audit_change() FROM PUBLIC;

-- Every open window hears of a change within a moment: each statement that changes a
-- table tells the channel cstracker_changed (delivered when its transaction commits).
CREATE OR REPLACE FUNCTION notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cstracker_changed', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

-- Every table gets both triggers: the audit row, and the word to open windows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['authority', 'document', 'source', 'inspection', 'judgement',
                             'recommendation', 'plan', 'action', 'action_recommendation',
                             'action_update', 'impact_measure', 'indicator', 'indicator_value',
                             'target', 'statistical_neighbour', 'authority_successor',
                             'authority_former_code', 'authority_alias', 'import_mapping',
                             'database_note', 'meeting', 'evidence',
                             'impact_milestone']
    LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION audit_change()', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER notify AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION notify_change()', t);
    END LOOP;
END;
$$;
