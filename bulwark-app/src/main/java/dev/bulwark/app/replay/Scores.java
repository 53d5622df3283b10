package dev.bulwark.app.replay;

import java.util.Objects;
import java.util.Optional;

/**
 * Detection figures for a slice of events: counts by truth role, how many were flagged, alerts opened, and
 * precision and recall over attack and benign events (empty when undefined).
 */
public record Scores(long events, long attackEvents, long attackFlagged, long benignEvents, long benignFlagged,
                     long coverEvents, long coverFlagged, long alerts, Optional<Double> precision,
                     Optional<Double> recall) {
    public Scores {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(recall, "recall");
    }
}
