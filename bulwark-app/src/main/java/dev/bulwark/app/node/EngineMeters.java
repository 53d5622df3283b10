package dev.bulwark.app.node;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.engine.EngineMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The engine's callbacks as Prometheus counters: rule hits by rule and mode, rule and feature failures. */
final class EngineMeters implements EngineMetrics {
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    EngineMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void decided(Decision decision) {
        for (RuleHit hit : decision.hits()) {
            counter("bulwark_rule_hits", "active", hit.ruleId()).increment();
        }
        for (RuleHit hit : decision.shadowHits()) {
            counter("bulwark_rule_hits", "shadow", hit.ruleId()).increment();
        }
    }

    @Override
    public void ruleFailed(String ruleId) {
        counter("bulwark_rule_errors", "", ruleId).increment();
    }

    @Override
    public void featureFailed(String featureName) {
        counters.computeIfAbsent("feature:" + featureName, k -> Counter.builder("bulwark_feature_errors")
                .description("Feature conditions or derived expressions that failed at run time and counted as false or 0")
                .tag("feature", featureName).register(registry)).increment();
    }

    /** Hits or errors per rule, total. */
    Map<String, Double> ruleHits() {
        Map<String, Double> hits = new java.util.TreeMap<>();
        counters.forEach((key, counter) -> {
            if (key.startsWith("bulwark_rule_hits:active:")) {
                hits.put(key.substring("bulwark_rule_hits:active:".length()), counter.count());
            }
        });
        return hits;
    }

    private Counter counter(String name, String mode, String rule) {
        return counters.computeIfAbsent(name + ":" + mode + ":" + rule, k -> {
            Counter.Builder builder = Counter.builder(name).tag("rule", rule)
                    .description(name.equals("bulwark_rule_hits") ? "Rules that matched, by rule and mode"
                            : "Rules that failed at run time; the decision went on without them");
            if (!mode.isEmpty()) {
                builder.tag("mode", mode);
            }
            return builder.register(registry);
        });
    }
}
