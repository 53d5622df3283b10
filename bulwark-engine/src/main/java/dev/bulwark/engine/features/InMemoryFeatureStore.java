package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import org.jspecify.annotations.Nullable;

/** Feature state in one {@link EntityTable} per entity type; for the single thread that decides events. */
public final class InMemoryFeatureStore implements FeatureStore {
    private final EntityTable[] tables = new EntityTable[EntityType.values().length];
    /** Scratch for an id's two fingerprints; the store belongs to one thread. */
    private final long[] prints = new long[2];

    /** An empty store. */
    public InMemoryFeatureStore() {
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new EntityTable();
        }
    }

    @Override
    public @Nullable EntityState find(EntityType type, String id) {
        Hashing.fingerprints(id, prints);
        return tables[type.ordinal()].find(prints[0], prints[1]);
    }

    @Override
    public void put(EntityType type, String id, EntityState state) {
        Hashing.fingerprints(id, prints);
        tables[type.ordinal()].put(prints[0], prints[1], state);
    }

    @Override
    public int sweep(EntityType type, long cutoffMillis) {
        return tables[type.ordinal()].sweep(cutoffMillis);
    }

    @Override
    public long size() {
        long n = 0;
        for (EntityTable t : tables) {
            n += t.size();
        }
        return n;
    }

    @Override
    public long bytes() {
        long bytes = 0;
        for (EntityTable t : tables) {
            bytes += t.bytes();
        }
        return bytes;
    }
}
