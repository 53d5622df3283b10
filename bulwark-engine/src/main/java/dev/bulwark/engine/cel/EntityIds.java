package dev.bulwark.engine.cel;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.FieldSpec;
import java.util.Map;

/** Finds, for each entity type, the id an event names, in one pass over its catalogue fields. */
final class EntityIds {
    private EntityIds() {
    }

    /** An array indexed by {@link EntityType#ordinal()}; null where the event names no such entity. */
    static String[] of(EventType type, Map<String, Object> data) {
        String[] ids = new String[EntityType.values().length];
        for (FieldSpec spec : type.fields()) {
            if (!(data.get(spec.name()) instanceof String id) || id.isEmpty()) {
                continue;
            }
            if (spec.entity().isPresent()) {
                int slot = spec.entity().get().ordinal();
                if (ids[slot] == null) {
                    ids[slot] = id;
                }
            } else {
                String typeField = EventType.typedBy(spec.name()).orElse(null);
                if (typeField != null && data.get(typeField) instanceof String typeKey) {
                    EntityType.fromKey(typeKey).ifPresent(t -> ids[t.ordinal()] = id);
                }
            }
        }
        return ids;
    }
}
