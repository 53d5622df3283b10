-- Each event's decision in the event's own row: an append writes one row per event instead of two, and no longer
-- looks the new event up by id to key its decision (docs/benchmarks.md). An event without a decision fails the
-- NOT NULL step rather than being dropped.
ALTER TABLE events
    ADD COLUMN outcome          TEXT,
    ADD COLUMN score            DOUBLE PRECISION,
    ADD COLUMN strategy_id      TEXT,
    ADD COLUMN strategy_version TEXT,
    ADD COLUMN decision         TEXT;

UPDATE events e
SET outcome = d.outcome, score = d.score, strategy_id = d.strategy_id, strategy_version = d.strategy_version,
    decision = d.body
FROM decisions d
WHERE d.event_seq = e.seq;

ALTER TABLE events
    ALTER COLUMN outcome SET NOT NULL,
    ALTER COLUMN score SET NOT NULL,
    ALTER COLUMN strategy_id SET NOT NULL,
    ALTER COLUMN strategy_version SET NOT NULL,
    ALTER COLUMN decision SET NOT NULL;

DROP TABLE decisions;
