package dev.bulwark.app.replay;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

/**
 * What one rule matched, split by truth role, with the distinct benign actors it touched, the alerts on those
 * decisions, its precision (attack over attack + benign), and its attack hits per typology.
 */
public record RuleScores(long hits, long attack, long benign, long benignActors, long cover, long label, long alerts,
                         Optional<Double> precision, Map<String, Long> attackByTypology) {
    public RuleScores {
        Objects.requireNonNull(precision, "precision");
        attackByTypology = Collections.unmodifiableMap(new TreeMap<>(attackByTypology));
    }
}
