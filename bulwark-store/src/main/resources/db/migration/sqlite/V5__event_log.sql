-- From V5 the embedded store keeps events and their decisions in a log of its own (bulwark.db-log/, see
-- docs/storage.md); the events table stays, emptied by the first start after the upgrade, which moves its rows into
-- the log. Alerts, enforcements and labels stay in this database, written after their events reach the log; this row
-- says how far into the log they have been written, so that a start after a crash writes the rest.
CREATE TABLE event_log (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    applied INTEGER NOT NULL
) STRICT;

INSERT INTO event_log (id, applied) VALUES (1, 0);
