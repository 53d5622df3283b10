-- Decisions keyed by their event's insertion sequence instead of its id. A decision is then appended at the end of
-- its table's B-tree, instead of also being inserted at a random place in an index on a client-chosen id: one
-- random index insert per event (events.id) instead of two, which was most of the single writer's cost.
CREATE TABLE decisions_by_seq (
    event_seq        INTEGER PRIMARY KEY,
    outcome          TEXT NOT NULL,
    score            REAL NOT NULL,
    strategy_id      TEXT NOT NULL,
    strategy_version TEXT NOT NULL,
    body             TEXT NOT NULL
) STRICT;

INSERT INTO decisions_by_seq (event_seq, outcome, score, strategy_id, strategy_version, body)
SELECT e.seq, d.outcome, d.score, d.strategy_id, d.strategy_version, d.body
FROM decisions d JOIN events e ON e.id = d.event_id
ORDER BY e.seq;

DROP TABLE decisions;
ALTER TABLE decisions_by_seq RENAME TO decisions;
