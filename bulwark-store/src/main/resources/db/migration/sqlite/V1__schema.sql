-- Bulwark schema for the embedded store (SQLite). Times are epoch nanoseconds (UTC) in INTEGER columns;
-- bodies are the JSON of the core records and are what readers return.
CREATE TABLE events (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    id     TEXT    NOT NULL UNIQUE,
    type   TEXT    NOT NULL,
    source TEXT    NOT NULL,
    time   INTEGER NOT NULL,
    body   TEXT    NOT NULL
) STRICT;

CREATE TABLE decisions (
    event_id         TEXT PRIMARY KEY,
    outcome          TEXT NOT NULL,
    score            REAL NOT NULL,
    strategy_id      TEXT NOT NULL,
    strategy_version TEXT NOT NULL,
    body             TEXT NOT NULL
) STRICT;

CREATE TABLE alerts (
    id         TEXT    PRIMARY KEY,
    event_id   TEXT    NOT NULL,
    event_type TEXT    NOT NULL,
    event_time INTEGER NOT NULL,
    outcome    TEXT    NOT NULL,
    score      REAL    NOT NULL,
    status     TEXT    NOT NULL,
    body       TEXT    NOT NULL
) STRICT;
CREATE INDEX alerts_by_status_time ON alerts (status, event_time DESC);
CREATE INDEX alerts_by_time ON alerts (event_time DESC);

-- Ordered by start_time, then rowid (insertion order) on SQLite.
CREATE TABLE enforcements (
    id          TEXT    PRIMARY KEY,
    target_type TEXT    NOT NULL,
    target_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    start_time  INTEGER NOT NULL,
    end_time    INTEGER,
    reversed    INTEGER NOT NULL DEFAULT 0,
    body        TEXT    NOT NULL
) STRICT;
CREATE INDEX enforcements_by_target ON enforcements (target_type, target_id, start_time);

CREATE TABLE lists (
    name        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL
) STRICT;

CREATE TABLE list_entries (
    list_name  TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    added_by   TEXT    NOT NULL,
    added_at   INTEGER NOT NULL,
    expires_at INTEGER,
    PRIMARY KEY (list_name, value)
) STRICT;

CREATE TABLE labels (
    label_event_id TEXT    PRIMARY KEY,
    time           INTEGER NOT NULL,
    event_id       TEXT,
    entity         TEXT,
    label          TEXT    NOT NULL,
    typology       TEXT,
    source         TEXT    NOT NULL
) STRICT;
CREATE INDEX labels_by_time ON labels (time);

CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT    NOT NULL,
    details TEXT    NOT NULL
) STRICT;
