-- Integrations ("channels" in Healthchecks' API): where alerts go. The kinds' settings live in
-- `config` as JSON so that new kinds need no schema change.
CREATE TABLE channel (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL,
    config      TEXT    NOT NULL DEFAULT '{}',
    created     INTEGER NOT NULL
);
CREATE INDEX channel_project ON channel (project_id);

CREATE TABLE check_channel (
    check_id    INTEGER NOT NULL REFERENCES check_ (id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    PRIMARY KEY (check_id, channel_id)
);
CREATE INDEX check_channel_channel ON check_channel (channel_id);
