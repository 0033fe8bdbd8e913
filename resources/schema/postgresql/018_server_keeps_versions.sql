-- The PostgreSQL form of ../018_server_keeps_versions.sql.
--
-- The server keeps each versioned row's version and author itself, whatever a client
-- sends: a write from psql, a council's reporting tool or a script moves the version on, so
-- every window's version check sees it, and names the login that made it, so nobody can
-- claim another's change. Only a copy made by an administrator (or the database's owner)
-- that says so (SET LOCAL cstracker.keep_authors = 'on') writes recorded versions and
-- authors as they were.

CREATE OR REPLACE FUNCTION cstracker_may_keep_authors() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF coalesce(current_setting('cstracker.keep_authors', true), '') <> 'on' THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) THEN
        RETURN true;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_database WHERE datname = current_database()
               AND pg_get_userbyid(datdba) = session_user) THEN
        RETURN true;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cstracker_administrator') THEN
        RETURN pg_has_role(session_user, 'cstracker_administrator', 'MEMBER');
    END IF;
    RETURN false;
END;
$$;

-- Each versioned row's version (when the table has one: the trigger's argument says so) and
-- author, from the server.
CREATE OR REPLACE FUNCTION cstracker_keep_row_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF cstracker_may_keep_authors() THEN
        RETURN NEW;
    END IF;
    IF TG_ARGV[0] = 'versioned' THEN
        IF TG_OP = 'UPDATE' THEN
            NEW.row_version := OLD.row_version + 1;
        ELSE
            NEW.row_version := 1;
        END IF;
    END IF;
    NEW.changed_by := session_user;
    NEW.changed_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    RETURN NEW;
END;
$$;

CREATE TRIGGER keep_row_author BEFORE INSERT OR UPDATE ON action
FOR EACH ROW EXECUTE FUNCTION cstracker_keep_row_author('versioned');
CREATE TRIGGER keep_row_author BEFORE INSERT OR UPDATE ON inspection
FOR EACH ROW EXECUTE FUNCTION cstracker_keep_row_author('versioned');
CREATE TRIGGER keep_row_author BEFORE INSERT OR UPDATE ON indicator_value
FOR EACH ROW EXECUTE FUNCTION cstracker_keep_row_author('versioned');
CREATE TRIGGER keep_row_author BEFORE INSERT OR UPDATE ON statistical_neighbour
FOR EACH ROW EXECUTE FUNCTION cstracker_keep_row_author('author only');
