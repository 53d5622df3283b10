package dev.bulwark.server.ingest;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.Recorded;
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
    record Submission(List<Event> events, List<CompletableFuture<Decision>> futures) implements ToSequencer {
        Submission {
            events = List.copyOf(events);
            futures = List.copyOf(futures);
        }
    }

    /** A decided event waiting to be made durable. */
    record Pending(Recorded recorded, CompletableFuture<Decision> future) implements ToWriter {
        String eventId() {
            return recorded.event().id();
        }
    }

    /** Finish what came before, then stop. */
    enum Stop implements ToSequencer, ToWriter {
        INSTANCE
    }
}
