package dev.bulwark.server.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.bulwark.core.port.EventJournal;
import java.util.Optional;

/**
 * The stored-id half of idempotency: recent durable decisions in memory (as JSON), a Bloom filter of every id ever
 * decided, and the journal behind it, asked only on a Bloom hit (a duplicate, or about one new id in a thousand).
 * The Bloom filter is touched by one thread at a time (recovery, then the sequencer); the cache is thread-safe.
 */
final class IdIndex {
    private final BloomFilter seen;
    private final Cache<String, byte[]> recent;
    private final EventJournal journal;

    IdIndex(EventJournal journal, long expected, int recentDecisions) {
        this.journal = journal;
        this.seen = new BloomFilter(expected);
        // Maintenance (eviction) runs on the calling thread: handing it to the common pool costs a wake-up per write.
        this.recent = Caffeine.newBuilder().maximumSize(recentDecisions).executor(Runnable::run).build();
    }

    /** The durable decision for an id, if the event was stored. */
    Optional<Decided> stored(String eventId) {
        byte[] cached = recent.getIfPresent(eventId);
        if (cached != null) {
            return Optional.of(Decided.parse(cached));
        }
        if (!seen.mightContain(eventId)) {
            return Optional.empty();
        }
        return journal.decision(eventId).map(Decided::of);
    }

    /** Notes that an id was decided (before it is durable); only the sequencer or recovery calls this. */
    void decided(String eventId) {
        seen.add(eventId);
    }

    /**
     * Remembers a decision that is now durable, as its JSON: one flat array per entry keeps the cache cheap for
     * the garbage collector, and a duplicate (rare) pays for reading it back.
     */
    void durable(String eventId, byte[] json) {
        recent.put(eventId, json);
    }

    /** How many ids the filter holds. */
    long size() {
        return seen.size();
    }
}
