-- PostgreSQL twin of db/migration/V4__sweep_at.sql (see there why sweep_at exists).
ALTER TABLE check_ ADD COLUMN sweep_at BIGINT;
UPDATE check_ SET sweep_at = alert_after;
DROP INDEX check_alert_after;
CREATE INDEX check_sweep_at ON check_ (sweep_at) WHERE sweep_at IS NOT NULL;

-- Rows inserted with a deadline (an import) get their sweep_at as on SQLite. A BEFORE trigger
-- here: PostgreSQL can set the new row's column in place.
CREATE FUNCTION check_sweep_at_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.alert_after IS NOT NULL AND (NEW.sweep_at IS NULL OR NEW.alert_after < NEW.sweep_at) THEN
        NEW.sweep_at := NEW.alert_after;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER check_sweep_at_insert BEFORE INSERT ON check_
    FOR EACH ROW EXECUTE FUNCTION check_sweep_at_insert();
