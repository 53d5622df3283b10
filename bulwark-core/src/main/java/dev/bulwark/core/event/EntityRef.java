package dev.bulwark.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One entity: its type and its identifier, e.g. {@code device:d-81f3}. */
public record EntityRef(EntityType type, String id) {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** Reads the JSON form, {@code "type:id"}; also the object form {@code {"type": ..., "id": ...}} of older stores. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static EntityRef fromJson(Object value) {
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof Map<?, ?> map && map.get("type") instanceof String type && map.get("id") instanceof String id) {
            return parse(type.toLowerCase(Locale.ROOT) + ":" + id);
        }
        throw new IllegalArgumentException("expected an entity as \"type:id\"");
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

    /** {@code type:id}, which is also the JSON form. */
    @JsonValue
    @Override
    public String toString() {
        return type.key() + ":" + id;
    }
}
