package dev.bulwark.sim;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run produced.
 *
 * @param events events written
 * @param eventsByType events per event type, sorted by type
 * @param attackEventsByTypology attack events per typology key, sorted by key
 * @param maliciousEntities malicious entity rows written
 * @param maliciousEntitiesByType malicious entities per entity type key
 * @param rings distinct rings that acted
 * @param simulated simulated time covered
 * @param elapsed wall-clock time the run took (informational only; never part of the output files)
 */
public record SimSummary(long events, Map<String, Long> eventsByType, Map<String, Long> attackEventsByTypology,
                         long maliciousEntities, Map<String, Long> maliciousEntitiesByType, long rings,
                         Duration simulated, Duration elapsed) {
    public SimSummary {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
        attackEventsByTypology = Collections.unmodifiableMap(new TreeMap<>(attackEventsByTypology));
        maliciousEntitiesByType = Collections.unmodifiableMap(new TreeMap<>(maliciousEntitiesByType));
    }

    /** Attack events over all typologies. */
    public long attackEvents() {
        return attackEventsByTypology.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Events generated per wall-clock second. */
    public double eventsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return events / seconds;
    }
}
