package dev.bulwark.core.event;

import java.util.Objects;

/** One entity: its type and its identifier, e.g. {@code device:d-81f3}. */
public record EntityRef(EntityType type, String id) {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** Parses {@code type:id}, as written in URLs and files. */
    public static EntityRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected type:id, got '" + text + "'");
        }
        String key = text.substring(0, colon);
        EntityType type = EntityType.fromKey(key)
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + key + "'"));
        return new EntityRef(type, text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type.key() + ":" + id;
    }
}
