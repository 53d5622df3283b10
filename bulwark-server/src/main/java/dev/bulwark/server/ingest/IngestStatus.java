package dev.bulwark.server.ingest;

import java.util.Objects;
import java.util.Optional;

/** Where the pipeline stands: recovered, accepting, why it stopped (if it did), and how full its queue is. */
public record IngestStatus(boolean recovered, boolean accepting, Optional<String> failure, int queueDepth,
                           int queueCapacity, long recoveredEvents) {
    public IngestStatus {
        Objects.requireNonNull(failure, "failure");
    }
}
