package dev.bulwark.engine.cel;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.FieldSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds, for each entity type, the id an event names. Per event type it knows, ahead of time, which fields can
 * name an entity, so an event costs one map read per such field rather than one per catalogue field.
 */
final class EntityIds {
    private static final int TYPES = EntityType.values().length;
    private static final Map<EventType, Probe[]> PROBES = new IdentityHashMap<>();

    static {
        for (EventType type : EventCatalog.all()) {
            PROBES.put(type, probes(type));
        }
    }

    /** A field that names an entity: of a fixed type ({@code entity} is its ordinal), or of the type another field gives. */
    private record Probe(String field, int entity, @Nullable String typeField) {
    }

    private EntityIds() {
    }

    /** An array indexed by {@link EntityType#ordinal()}; null where the event names no such entity. */
    static String[] of(EventType type, Map<String, Object> data) {
        String[] ids = new String[TYPES];
        Probe[] probes = PROBES.get(type);
        for (Probe probe : probes != null ? probes : probes(type)) {
            if (!(data.get(probe.field) instanceof String id) || id.isEmpty()) {
                continue;
            }
            if (probe.entity >= 0) {
                if (ids[probe.entity] == null) {
                    ids[probe.entity] = id;
                }
            } else if (data.get(probe.typeField) instanceof String typeKey) {
                EntityType.fromKey(typeKey).ifPresent(t -> ids[t.ordinal()] = id);
            }
        }
        return ids;
    }

    private static Probe[] probes(EventType type) {
        List<Probe> probes = new ArrayList<>();
        for (FieldSpec spec : type.fields()) {
            if (spec.entity().isPresent()) {
                probes.add(new Probe(spec.name(), spec.entity().get().ordinal(), null));
            } else {
                EventType.typedBy(spec.name()).ifPresent(typeField -> probes.add(new Probe(spec.name(), -1, typeField)));
            }
        }
        return probes.toArray(Probe[]::new);
    }
}
