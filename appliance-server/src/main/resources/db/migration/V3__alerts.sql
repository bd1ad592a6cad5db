-- Issue 4: alert options per check, the monitor's second deadline (repeated alerts), and the
-- notification outbox with its delivery log.

-- Seconds a run may take after /start before the check is down; NULL = the grace time.
ALTER TABLE check_ ADD COLUMN start_grace INTEGER;
-- Seconds a timed run must at least take; a faster success counts as a failure. NULL = none.
ALTER TABLE check_ ADD COLUMN min_run_time INTEGER;
-- Consecutive failure pings before the check goes down.
ALTER TABLE check_ ADD COLUMN fail_threshold INTEGER NOT NULL DEFAULT 1;
-- Seconds between repeated alerts while down; NULL = alert once.
ALTER TABLE check_ ADD COLUMN repeat_every INTEGER;
-- Epoch micros until which alerts are held back; NULL = not snoozed.
ALTER TABLE check_ ADD COLUMN snoozed_until INTEGER;
-- Failure pings since the last success (for fail_threshold).
ALTER TABLE check_ ADD COLUMN fail_streak INTEGER NOT NULL DEFAULT 0;
-- When the next repeated alert is due (down checks only).
ALTER TABLE check_ ADD COLUMN next_nag INTEGER;
CREATE INDEX check_next_nag ON check_ (next_nag) WHERE next_nag IS NOT NULL;

-- One row per (flip, channel) alert, or per repeated alert: written in the same transaction as
-- the flip, so an alert is never lost, and unique, so it is never queued twice.
CREATE TABLE notification (
    id           INTEGER PRIMARY KEY,
    flip_id      INTEGER NOT NULL REFERENCES flip (id) ON DELETE CASCADE,
    channel_id   INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    check_id     INTEGER NOT NULL REFERENCES check_ (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,           -- alert | nag
    due          INTEGER NOT NULL,           -- the moment it was for (flip time or nag time)
    state        TEXT    NOT NULL,           -- pending | sending | sent | failed | snoozed
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER,
    created      INTEGER NOT NULL,
    finished     INTEGER
);
CREATE UNIQUE INDEX notification_once ON notification (flip_id, channel_id, kind, due);
CREATE INDEX notification_pending ON notification (next_attempt) WHERE state = 'pending';
CREATE INDEX notification_check ON notification (check_id, id);

-- Every delivery attempt, test sends included: what the far side answered.
CREATE TABLE delivery_attempt (
    id              INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    notification_id INTEGER REFERENCES notification (id) ON DELETE SET NULL,
    check_id        INTEGER REFERENCES check_ (id) ON DELETE SET NULL,
    kind            TEXT    NOT NULL,        -- alert | nag | test
    status          TEXT    NOT NULL,        -- up | down
    created         INTEGER NOT NULL,
    delivered       INTEGER NOT NULL,
    status_code     INTEGER,
    error           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX delivery_attempt_channel ON delivery_attempt (channel_id, id);
