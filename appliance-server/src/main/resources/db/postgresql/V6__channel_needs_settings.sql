-- PostgreSQL twin of db/migration/V6__channel_needs_settings.sql.
ALTER TABLE channel ADD COLUMN needs_settings INTEGER NOT NULL DEFAULT 0;
