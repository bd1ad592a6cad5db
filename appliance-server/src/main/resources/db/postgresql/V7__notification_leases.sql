-- PostgreSQL twin of db/migration/V7__notification_leases.sql.
CREATE INDEX notification_sending ON notification (next_attempt) WHERE state = 'sending';
