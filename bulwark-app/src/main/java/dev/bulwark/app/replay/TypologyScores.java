package dev.bulwark.app.replay;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

/**
 * How much of one typology was caught: attack events and flagged ones, cover events and flagged ones, alerts, recall,
 * and the recall of each step (event type) of the attack.
 */
public record TypologyScores(long attackEvents, long attackFlagged, long coverEvents, long coverFlagged, long alerts,
                             Optional<Double> recall, Map<String, StepRecall> steps) {
    public TypologyScores {
        Objects.requireNonNull(recall, "recall");
        steps = Collections.unmodifiableMap(new TreeMap<>(steps));
    }
}
