package dev.bulwark.app.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What a replay saw: lines read, events decided, refusals, outcomes, rules that fired, alerts, and how long it took. */
public record ReplaySummary(long lines, long decided, long invalid, long duplicates, Map<String, Long> byType,
                            Map<String, Long> byOutcome, Map<String, Long> ruleHits, Map<String, Long> shadowHits,
                            Map<String, Long> ruleErrors, long alerts, long enforcements, List<String> invalidSamples,
                            Duration elapsed) {
    public ReplaySummary {
        byType = Map.copyOf(byType);
        byOutcome = Map.copyOf(byOutcome);
        ruleHits = Map.copyOf(ruleHits);
        shadowHits = Map.copyOf(shadowHits);
        ruleErrors = Map.copyOf(ruleErrors);
        invalidSamples = List.copyOf(invalidSamples);
    }

    /** Decisions per second of wall time. */
    public double throughput() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return decided / seconds;
    }
}
