package dev.bulwark.engine.strategy;

import dev.bulwark.core.decision.Outcome;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The strategy for one scenario: its id, version and owner, the score at which each outcome starts, and which
 * outcomes open an alert for review.
 */
public record StrategyDefinition(String id, String version, String scenario, String description, String owner,
                                 Map<Outcome, Double> thresholds, Set<Outcome> alertOn) {
    private static final Outcome[] OUTCOMES = Outcome.values();

    public StrategyDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        thresholds = thresholds.isEmpty() ? Map.of() : new EnumMap<>(thresholds);
        alertOn = alertOn.isEmpty() ? Set.of() : EnumSet.copyOf(alertOn);
    }

    /** The most severe outcome whose threshold {@code score} reaches; allow when none does. */
    public Outcome outcomeFor(double score) {
        // By lookup rather than over entrySet(): an EnumMap's entry iterator allocates an entry per threshold.
        Outcome outcome = Outcome.ALLOW;
        for (Outcome o : OUTCOMES) {
            Double threshold = thresholds.get(o);
            if (threshold != null && score >= threshold) {
                outcome = outcome.max(o);
            }
        }
        return outcome;
    }
}
