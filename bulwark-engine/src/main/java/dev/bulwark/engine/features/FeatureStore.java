package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Where feature state lives, keyed by entity. The engine keeps it in memory; a Flink operator keeps it in keyed
 * state; both rebuild it by replaying events, because state is a function of the events seen.
 */
public interface FeatureStore {
    /** The state of one entity, or null when it has none. */
    @Nullable EntityState find(EntityType type, String id);

    /** Stores the state of one entity. */
    void put(EntityType type, String id, EntityState state);

    /**
     * Examines the next slice of the entities of {@code type} and drops those not seen since {@code cutoffMillis} of
     * event time; returns how many. Each call does a small, bounded amount of work, and a bounded number of calls
     * examines every entity (4,096 for {@link InMemoryFeatureStore}, counted from its table's last resize).
     */
    int sweep(EntityType type, long cutoffMillis);

    /** How many entities have state. */
    long size();

    /** Approximate heap bytes of all state, for the memory figures. */
    long bytes();
}
