-- Decisions keyed by their event's insertion sequence instead of its id: a decision's key then always lands at the
-- right-hand end of the primary-key index instead of at a random place in an index on a client-chosen id.
ALTER TABLE decisions ADD COLUMN event_seq BIGINT;
UPDATE decisions d SET event_seq = e.seq FROM events e WHERE e.id = d.event_id;
ALTER TABLE decisions DROP CONSTRAINT decisions_pkey;
ALTER TABLE decisions DROP COLUMN event_id;
ALTER TABLE decisions ALTER COLUMN event_seq SET NOT NULL;
ALTER TABLE decisions ADD PRIMARY KEY (event_seq);
