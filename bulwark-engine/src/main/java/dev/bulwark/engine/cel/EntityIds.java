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
            } else if (spec.name().equals(EventType.ACCOUNT_ID) && data.get(EventType.ACCOUNT_TYPE) instanceof String role) {
                EntityType.fromKey(role).ifPresent(t -> ids[t.ordinal()] = id);
            }
        }
        return ids;
    }
}
