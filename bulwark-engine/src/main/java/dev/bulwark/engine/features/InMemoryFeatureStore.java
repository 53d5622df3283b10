package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Feature state in one hash map per entity type; for the single thread that decides events. */
public final class InMemoryFeatureStore implements FeatureStore {
    private final Map<EntityType, HashMap<String, EntityState>> maps = new EnumMap<>(EntityType.class);

    /** An empty store. */
    public InMemoryFeatureStore() {
        for (EntityType type : EntityType.values()) {
            maps.put(type, new HashMap<>());
        }
    }

    @Override
    public @Nullable EntityState find(EntityType type, String id) {
        return maps.get(type).get(id);
    }

    @Override
    public void put(EntityType type, String id, EntityState state) {
        maps.get(type).put(id, state);
    }

    @Override
    public int expire(EntityType type, long cutoffMillis) {
        var map = maps.get(type);
        int before = map.size();
        map.values().removeIf(state -> state.lastSeenMillis() < cutoffMillis);
        return before - map.size();
    }

    @Override
    public long size() {
        long n = 0;
        for (var map : maps.values()) {
            n += map.size();
        }
        return n;
    }

    @Override
    public long bytes() {
        long bytes = 0;
        for (var map : maps.values()) {
            for (var entry : map.entrySet()) {
                // HashMap node (32) + key string (~40 + 2 per char) + the state itself.
                bytes += 32 + 40 + 2L * entry.getKey().length() + entry.getValue().bytes();
            }
        }
        return bytes;
    }
}
