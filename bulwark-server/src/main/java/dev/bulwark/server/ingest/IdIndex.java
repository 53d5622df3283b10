package dev.bulwark.server.ingest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.port.EventJournal;
import java.util.Optional;

/**
 * The stored-id half of idempotency: recent durable decisions in memory, a Bloom filter of every id ever
 * decided, and the journal behind it, asked only on a Bloom hit (a duplicate, or about one new id in a thousand).
 * The Bloom filter is touched by one thread at a time (recovery, then the sequencer); the cache is thread-safe.
 */
final class IdIndex {
    private final BloomFilter seen;
    private final Cache<String, Decision> recent;
    private final EventJournal journal;

    IdIndex(EventJournal journal, long expected, int recentDecisions) {
        this.journal = journal;
        this.seen = new BloomFilter(expected);
        this.recent = Caffeine.newBuilder().maximumSize(recentDecisions).build();
    }

    /** The durable decision for an id, if the event was stored. */
    Optional<Decision> stored(String eventId) {
        Decision cached = recent.getIfPresent(eventId);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (!seen.mightContain(eventId)) {
            return Optional.empty();
        }
        return journal.decision(eventId);
    }

    /** Notes that an id was decided (before it is durable); only the sequencer or recovery calls this. */
    void decided(String eventId) {
        seen.add(eventId);
    }

    /** Remembers a decision that is now durable; called by the writer. */
    void durable(Decision decision) {
        recent.put(decision.eventId(), decision);
    }

    /** How many ids the filter holds. */
    long size() {
        return seen.size();
    }
}
