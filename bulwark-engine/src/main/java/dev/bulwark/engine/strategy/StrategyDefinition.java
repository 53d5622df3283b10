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
        Outcome outcome = Outcome.ALLOW;
        for (Map.Entry<Outcome, Double> t : thresholds.entrySet()) {
            if (score >= t.getValue()) {
                outcome = outcome.max(t.getKey());
            }
        }
        return outcome;
    }
}
