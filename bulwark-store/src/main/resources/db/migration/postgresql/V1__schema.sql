-- Bulwark schema for PostgreSQL. Times are epoch nanoseconds (UTC) in BIGINT columns; bodies are the JSON of
-- the core records and are what readers return. Keys use the "C" collation so they sort by code point, as on SQLite.

CREATE TABLE events (
    seq    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id     TEXT COLLATE "C" NOT NULL UNIQUE,
    type   TEXT   NOT NULL,
    source TEXT   NOT NULL,
    time   BIGINT NOT NULL,
    body   TEXT   NOT NULL
);

CREATE TABLE decisions (
    event_id         TEXT COLLATE "C" PRIMARY KEY,
    outcome          TEXT             NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    strategy_id      TEXT             NOT NULL,
    strategy_version TEXT             NOT NULL,
    body             TEXT             NOT NULL
);

CREATE TABLE alerts (
    id         TEXT COLLATE "C" PRIMARY KEY,
    event_id   TEXT COLLATE "C" NOT NULL,
    event_type TEXT             NOT NULL,
    event_time BIGINT           NOT NULL,
    outcome    TEXT             NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    status     TEXT             NOT NULL,
    body       TEXT             NOT NULL
);
CREATE INDEX alerts_by_status_time ON alerts (status, event_time DESC);
CREATE INDEX alerts_by_time ON alerts (event_time DESC);

-- Ordered by start_time, then seq (insertion order).
CREATE TABLE enforcements (
    id          TEXT COLLATE "C" PRIMARY KEY,
    seq         BIGINT GENERATED ALWAYS AS IDENTITY,
    target_type TEXT    NOT NULL,
    target_id   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    start_time  BIGINT  NOT NULL,
    end_time    BIGINT,
    reversed    BOOLEAN NOT NULL DEFAULT FALSE,
    body        TEXT    NOT NULL
);
CREATE INDEX enforcements_by_target ON enforcements (target_type, target_id, start_time);

CREATE TABLE lists (
    name        TEXT COLLATE "C" PRIMARY KEY,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE list_entries (
    list_name  TEXT COLLATE "C" NOT NULL,
    value      TEXT COLLATE "C" NOT NULL,
    reason     TEXT   NOT NULL,
    added_by   TEXT   NOT NULL,
    added_at   BIGINT NOT NULL,
    expires_at BIGINT,
    PRIMARY KEY (list_name, value)
);

CREATE TABLE labels (
    label_event_id TEXT COLLATE "C" PRIMARY KEY,
    time           BIGINT NOT NULL,
    event_id       TEXT,
    entity         TEXT,
    label          TEXT   NOT NULL,
    typology       TEXT,
    source         TEXT   NOT NULL
);
CREATE INDEX labels_by_time ON labels (time);

CREATE TABLE audit (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at      BIGINT NOT NULL,
    actor   TEXT   NOT NULL,
    action  TEXT   NOT NULL,
    target  TEXT   NOT NULL,
    details TEXT   NOT NULL
);
