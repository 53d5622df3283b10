package dev.bulwark.server.ingest;

import dev.bulwark.core.decision.Decision;

/** Callbacks the pipeline makes so an adapter can count what happens; the pipeline keeps no registry. */
public interface IngestMetrics {
    /** Metrics that go nowhere. */
    IngestMetrics NONE = new IngestMetrics() {
    };

    /** An event was decided and is now durable. */
    default void decided(Decision decision) {
    }

    /** A resubmitted event id was answered with its original decision. */
    default void duplicate() {
    }

    /** A submission was refused before entering the queue ({@code overloaded} or {@code unavailable}). */
    default void rejected(String reason, int events) {
    }

    /** The writer appended a batch of {@code size} events in {@code nanos}. */
    default void committed(int size, long nanos) {
    }

    /** The journal append threw; the pipeline stopped accepting. */
    default void appendFailed(int size) {
    }

    /** The decision path threw on an event. */
    default void decideFailed() {
    }
}
