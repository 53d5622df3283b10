-- The events table without AUTOINCREMENT. AUTOINCREMENT only forbids reusing the sequence of a deleted last row,
-- and events are never deleted; but it keeps the highest sequence in sqlite_sequence, a row rewritten by every
-- insert, so every commit wrote one more page to the WAL (about one page in twelve under load). Without it SQLite
-- gives each row the highest rowid plus one, the same sequence for an append-only table. The table is rebuilt, as
-- SQLite cannot drop AUTOINCREMENT in place.
CREATE TABLE events_v4 (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    type             TEXT    NOT NULL,
    source           TEXT    NOT NULL,
    time             INTEGER NOT NULL,
    body             TEXT    NOT NULL,
    outcome          TEXT    NOT NULL,
    score            REAL    NOT NULL,
    strategy_id      TEXT    NOT NULL,
    strategy_version TEXT    NOT NULL,
    decision         TEXT    NOT NULL
) STRICT;

INSERT INTO events_v4 (seq, id, type, source, time, body, outcome, score, strategy_id, strategy_version, decision)
SELECT seq, id, type, source, time, body, outcome, score, strategy_id, strategy_version, decision
FROM events
ORDER BY seq;

DROP TABLE events;
ALTER TABLE events_v4 RENAME TO events;
