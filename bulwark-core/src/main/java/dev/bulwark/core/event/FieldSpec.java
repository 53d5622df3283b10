package dev.bulwark.core.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of an event type's {@code data}: its kind, whether it is required, the values it may take,
 * and the entity it names, if any.
 */
public record FieldSpec(String name, FieldKind kind, boolean required, List<String> allowed,
                        Optional<EntityType> entity, String description) {
    public FieldSpec {
        // Interned like the JSON parser's field names, so reads of an event's data match by reference.
        name = Objects.requireNonNull(name, "name").intern();
        Objects.requireNonNull(kind, "kind");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(description, "description");
    }

    /** A required field. */
    public static FieldSpec required(String name, FieldKind kind, String description) {
        return new FieldSpec(name, kind, true, List.of(), Optional.empty(), description);
    }

    /** An optional field. */
    public static FieldSpec optional(String name, FieldKind kind, String description) {
        return new FieldSpec(name, kind, false, List.of(), Optional.empty(), description);
    }

    /** A string field naming an entity of the given type. */
    public static FieldSpec entity(String name, EntityType type, boolean required, String description) {
        return new FieldSpec(name, FieldKind.STRING, required, List.of(), Optional.of(type), description);
    }

    /** A string field restricted to the given values. */
    public static FieldSpec oneOf(String name, boolean required, List<String> values, String description) {
        return new FieldSpec(name, FieldKind.STRING, required, values, Optional.empty(), description);
    }
}
