-- The monitor's index moves from alert_after to sweep_at, a lower bound of alert_after that a
-- ping does not have to keep exact. Every ping moves alert_after (later, almost always); as an
-- indexed column that moved one index entry per ping, a random index page per ping at thousands
-- of checks. A deadline that moves later leaves sweep_at where it was: the monitor looks at the
-- check when sweep_at comes, finds it not due and raises sweep_at to alert_after. Every writer that
-- can move a deadline earlier (the ping writer on a start or a first ping, an edit, the monitor)
-- sets sweep_at with it, so sweep_at <= alert_after always holds. That is done in the statements,
-- not by an UPDATE trigger, which would run inside every ping's UPDATE. Rows inserted with a
-- deadline (an import, perhaps from an export without sweep_at) get theirs from this trigger.
ALTER TABLE check_ ADD COLUMN sweep_at INTEGER;
UPDATE check_ SET sweep_at = alert_after;
DROP INDEX check_alert_after;
CREATE INDEX check_sweep_at ON check_ (sweep_at) WHERE sweep_at IS NOT NULL;

-- (A trigger's body stays on its line: migrations are split at a ';' that ends a line.)
CREATE TRIGGER check_sweep_at_insert AFTER INSERT ON check_
WHEN new.alert_after IS NOT NULL AND (new.sweep_at IS NULL OR new.alert_after < new.sweep_at)
BEGIN UPDATE check_ SET sweep_at = new.alert_after WHERE id = new.id; END;
