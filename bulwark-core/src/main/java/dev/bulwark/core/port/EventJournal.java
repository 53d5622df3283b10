package dev.bulwark.core.port;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The durable, ordered log of accepted events and their decisions; the source of truth for recovery. */
public interface EventJournal {
    /**
     * Writes the batch atomically and durably, in order: events, decisions, alerts, the enforcements the
     * decisions carry, and labels from {@code label} events, each with the JSON body the entry carries. When it
     * returns, the batch survives a crash. An event id already stored is skipped, never overwritten.
     */
    void write(List<JournalEntry> batch);

    /** {@link #write} for records not yet serialised. */
    default void append(List<Recorded> batch) {
        write(batch.stream().map(JournalEntry::of).toList());
    }

    /** The stored decision for an event id. */
    Optional<Decision> decision(String eventId);

    /** The stored event with that id. */
    Optional<Event> event(String eventId);

    /** Feeds every stored event to {@code sink}, in the order they were appended. */
    void replay(Consumer<Event> sink);

    /** Feeds every stored event id to {@code sink}, in any order (for rebuilding the idempotency index). */
    void eventIds(Consumer<String> sink);

    /** How many events are stored. */
    long eventCount();
}
