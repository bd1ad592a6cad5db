-- Issue 18: integrations imported from Healthchecks arrive without their settings (its API shows
-- only id, name and kind). Such a channel keeps its assignments but sends nothing until someone
-- fills its config in; saving a new config clears the flag.
ALTER TABLE channel ADD COLUMN needs_settings INTEGER NOT NULL DEFAULT 0;
