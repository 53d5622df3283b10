package dev.bulwark.server.ingest;

import dev.bulwark.core.port.EventJournal;
import dev.bulwark.core.util.BloomFilter;
import java.util.Optional;

/**
 * The stored-id half of idempotency: a Bloom filter of every id ever decided, and the journal behind it, asked
 * only on a Bloom hit (a duplicate, or about one new id in a thousand). A duplicate that is no longer in flight
 * costs one indexed read; no decisions are kept in memory for it, since holding the last few thousand cost every
 * event a cache insert and the garbage collector a copy of each (docs/benchmarks.md). The filter is touched by one
 * thread at a time (recovery, then the sequencer).
 */
final class IdIndex {
    private final BloomFilter seen;
    private final EventJournal journal;

    IdIndex(EventJournal journal, long expected) {
        this.journal = journal;
        this.seen = new BloomFilter(expected);
    }

    /** The durable decision for an id, if the event was stored. */
    Optional<Decided> stored(String eventId) {
        if (!seen.mightContain(eventId)) {
            return Optional.empty();
        }
        return journal.decision(eventId).map(Decided::of);
    }

    /** Notes that an id was decided (before it is durable); only the sequencer or recovery calls this. */
    void decided(String eventId) {
        seen.add(eventId);
    }

    /** How many ids the filter holds. */
    long size() {
        return seen.size();
    }
}
