-- The embedded store's V4 drops AUTOINCREMENT from its events table (a page rewritten by every commit). PostgreSQL's
-- identity column has no such cost, so here V4 only documents the column, keeping the two dialects' versions aligned.
COMMENT ON COLUMN events.seq IS 'append order; replay follows it';
