package dev.bulwark.core.decision;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The explained decision for one event: the outcome and total score, the active rules that matched with their
 * reason codes, the shadow rules that would have, rules that failed, the feature values the rules read, the
 * enforcements issued, the strategy and version that decided, and how long the engine took.
 */
public record Decision(String eventId, String eventType, Instant eventTime, Outcome outcome, double score,
                       List<RuleHit> hits, List<RuleHit> shadowHits, List<RuleError> errors,
                       Map<String, Object> features, List<Enforcement> enforcements,
                       String strategyId, String strategyVersion, long latencyNanos) {
    public Decision {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(outcome, "outcome");
        hits = List.copyOf(hits);
        shadowHits = List.copyOf(shadowHits);
        errors = List.copyOf(errors);
        features = features instanceof FeatureValues ? features : Collections.unmodifiableMap(new LinkedHashMap<>(features));
        enforcements = List.copyOf(enforcements);
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(strategyVersion, "strategyVersion");
    }

    /** The reason codes of the active rules that matched, in evaluation order. */
    public List<String> reasonCodes() {
        return hits.stream().map(RuleHit::reasonCode).distinct().toList();
    }
}
