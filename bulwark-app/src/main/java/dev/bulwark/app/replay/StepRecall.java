package dev.bulwark.app.replay;

import java.util.Objects;
import java.util.Optional;

/** One step (event type) of a typology: its attack events, how many were flagged, and the recall. */
public record StepRecall(long attackEvents, long attackFlagged, Optional<Double> recall) {
    public StepRecall {
        Objects.requireNonNull(recall, "recall");
    }
}
