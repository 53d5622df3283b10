package dev.bulwark.server.ingest;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The messages the pipeline's threads pass to each other. */
final class Work {
    private Work() {
    }

    /** What the sequencer takes from its inbox. */
    sealed interface ToSequencer permits Submission, Stop {
    }

    /** What the writer takes from its queue. */
    sealed interface ToWriter permits Pending, Stop {
    }

    /** The events of one request, in order, with the future each caller waits on. */
    record Submission(List<Event> events, List<CompletableFuture<Decided>> futures) implements ToSequencer {
        Submission {
            events = List.copyOf(events);
            futures = List.copyOf(futures);
        }
    }

    /** A decided and serialised event waiting to be made durable. */
    record Pending(JournalEntry entry, CompletableFuture<Decided> future) implements ToWriter {
        String eventId() {
            return entry.recorded().event().id();
        }

        Decided decided() {
            return new Decided(entry.recorded().decision(), entry.decisionJson());
        }
    }

    /** Finish what came before, then stop. */
    enum Stop implements ToSequencer, ToWriter {
        INSTANCE
    }
}
