-- Times are UTC epoch microseconds (INTEGER). Booleans are 0/1.

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    ping_key    TEXT    UNIQUE,
    badge_key   TEXT    NOT NULL UNIQUE,
    created     INTEGER NOT NULL
);

CREATE TABLE api_key (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    prefix      TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    read_only   INTEGER NOT NULL,
    name        TEXT    NOT NULL DEFAULT '',
    created     INTEGER NOT NULL
);
CREATE INDEX api_key_prefix ON api_key (prefix);

CREATE TABLE check_ (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT    NOT NULL UNIQUE,
    project_id          INTEGER NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    name                TEXT    NOT NULL DEFAULT '',
    slug                TEXT    NOT NULL DEFAULT '',
    tags                TEXT    NOT NULL DEFAULT '',
    description         TEXT    NOT NULL DEFAULT '',
    kind                TEXT    NOT NULL DEFAULT 'simple',
    timeout             INTEGER NOT NULL DEFAULT 86400,
    grace               INTEGER NOT NULL DEFAULT 3600,
    schedule            TEXT    NOT NULL DEFAULT '* * * * *',
    tz                  TEXT    NOT NULL DEFAULT 'UTC',
    status              TEXT    NOT NULL DEFAULT 'new',
    methods             TEXT    NOT NULL DEFAULT '',
    manual_resume       INTEGER NOT NULL DEFAULT 0,
    filter_subject      INTEGER NOT NULL DEFAULT 0,
    filter_body         INTEGER NOT NULL DEFAULT 0,
    filter_http_body    INTEGER NOT NULL DEFAULT 0,
    filter_default_fail INTEGER NOT NULL DEFAULT 0,
    start_kw            TEXT    NOT NULL DEFAULT '',
    success_kw          TEXT    NOT NULL DEFAULT '',
    failure_kw          TEXT    NOT NULL DEFAULT '',
    badge_key           TEXT    NOT NULL UNIQUE,
    n_pings             INTEGER NOT NULL DEFAULT 0,
    last_ping           INTEGER,
    last_start          INTEGER,
    last_start_rid      TEXT,
    last_duration       INTEGER,
    alert_after         INTEGER,
    has_confirmation_link INTEGER NOT NULL DEFAULT 0,
    created             INTEGER NOT NULL
);
CREATE INDEX check_project_slug ON check_ (project_id, slug);
CREATE INDEX check_alert_after ON check_ (alert_after) WHERE alert_after IS NOT NULL;

CREATE TABLE ping (
    id          INTEGER PRIMARY KEY,
    check_id    INTEGER NOT NULL REFERENCES check_ (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    created     INTEGER NOT NULL,
    kind        TEXT,
    scheme      TEXT    NOT NULL,
    remote_addr TEXT,
    method      TEXT    NOT NULL,
    ua          TEXT    NOT NULL,
    body        BLOB,
    exitstatus  INTEGER,
    rid         TEXT
);
CREATE UNIQUE INDEX ping_check_n ON ping (check_id, n);

CREATE TABLE flip (
    id          INTEGER PRIMARY KEY,
    check_id    INTEGER NOT NULL REFERENCES check_ (id) ON DELETE CASCADE,
    created     INTEGER NOT NULL,
    old_status  TEXT    NOT NULL,
    new_status  TEXT    NOT NULL,
    reason      TEXT    NOT NULL DEFAULT '',
    processed   INTEGER
);
CREATE INDEX flip_check_created ON flip (check_id, created);
CREATE INDEX flip_unprocessed ON flip (id) WHERE processed IS NULL;
