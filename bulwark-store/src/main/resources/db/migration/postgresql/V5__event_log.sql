-- The embedded store's V5 moves its events into a log of its own and adds a row saying how far into that log alerts,
-- enforcements and labels were written. PostgreSQL keeps events in this table, so here V5 only documents it, keeping
-- the two dialects' versions aligned.
COMMENT ON TABLE events IS 'each accepted event with its decision, in append order (seq)';
