-- PostgreSQL twin of db/migration/V5__ping_body_received.sql.
ALTER TABLE ping ADD COLUMN body_received BIGINT;
