package dev.bulwark.sim.output;

import dev.bulwark.sim.Role;
import dev.bulwark.sim.TruthRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts what was emitted, for the run's summary. */
public final class Tally {
    private long events;
    private final Map<String, long[]> byType = new HashMap<>();
    private final Map<String, long[]> attacksByTypology = new HashMap<>();
    private final Map<String, long[]> entitiesByType = new HashMap<>();
    private final Set<String> rings = new HashSet<>();
    private long entities;

    void event(TruthRow row) {
        events++;
        byType.computeIfAbsent(row.type(), k -> new long[1])[0]++;
        if (row.role() == Role.ATTACK) {
            attacksByTypology.computeIfAbsent(row.typology(), k -> new long[1])[0]++;
            rings.add(row.ringId());
        }
    }

    void entity(TruthRow row) {
        entities++;
        entitiesByType.computeIfAbsent(row.type(), k -> new long[1])[0]++;
    }

    /** Events emitted so far. */
    public long events() {
        return events;
    }

    /** Malicious entities recorded so far. */
    public long entities() {
        return entities;
    }

    /** Distinct rings that performed an attack. */
    public long rings() {
        return rings.size();
    }

    /** Events per type, sorted. */
    public Map<String, Long> byType() {
        return sorted(byType);
    }

    /** Attack events per typology key, sorted. */
    public Map<String, Long> attacksByTypology() {
        return sorted(attacksByTypology);
    }

    /** Malicious entities per entity type, sorted. */
    public Map<String, Long> entitiesByType() {
        return sorted(entitiesByType);
    }

    private static Map<String, Long> sorted(Map<String, long[]> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
