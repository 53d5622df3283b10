package dev.bulwark.core.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One type of event in the catalogue, such as {@code order.placed}: the scenario it belongs to, the fields
 * of its {@code data}, and an example.
 */
public record EventType(String name, String description, List<FieldSpec> fields, Map<String, Object> example) {
    /** The field that, with {@link #ACCOUNT_TYPE}, names the account an {@code account.*} or {@code kyc.*} event is about. */
    public static final String ACCOUNT_ID = "account_id";
    /** The field saying whether {@link #ACCOUNT_ID} is a buyer, a seller or a creator. */
    public static final String ACCOUNT_TYPE = "account_type";
    /** The field that, with {@link #ENTITY_TYPE}, names the entity a {@code label} event is about. */
    public static final String ENTITY_ID = "entity_id";
    /** The field giving the type of {@link #ENTITY_ID}. */
    public static final String ENTITY_TYPE = "entity_type";

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        example = Map.copyOf(example);
    }

    /** The scenario: the part of the name before the first dot ({@code order} for {@code order.placed}). */
    public String scenario() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The action: the part after the first dot, or the whole name when it has none. */
    public String action() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** The field with the given name, if this type declares it. */
    public Optional<FieldSpec> field(String fieldName) {
        for (FieldSpec spec : fields) {
            if (spec.name().equals(fieldName)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The entities that a valid event of this type names, in field order, without duplicates. */
    public List<EntityRef> entities(Map<String, Object> data) {
        Map<String, EntityRef> refs = new LinkedHashMap<>();
        for (FieldSpec spec : fields) {
            Object value = data.get(spec.name());
            if (value instanceof String id && !id.isEmpty()) {
                if (spec.entity().isPresent()) {
                    EntityRef ref = new EntityRef(spec.entity().get(), id);
                    refs.putIfAbsent(ref.toString(), ref);
                } else {
                    typedBy(spec.name()).filter(typeField -> data.get(typeField) instanceof String)
                            .flatMap(typeField -> EntityType.fromKey((String) data.get(typeField)))
                            .ifPresent(t -> refs.putIfAbsent(t.key() + ":" + id, new EntityRef(t, id)));
                }
            }
        }
        return new ArrayList<>(refs.values());
    }

    /** For an id field whose entity type is given by another field, that field: account_type, entity_type. */
    public static Optional<String> typedBy(String idField) {
        return switch (idField) {
            case ACCOUNT_ID -> Optional.of(ACCOUNT_TYPE);
            case ENTITY_ID -> Optional.of(ENTITY_TYPE);
            default -> Optional.empty();
        };
    }

    /** Whether an event of this type can name an entity of type {@code entity}. */
    public boolean canName(EntityType entity) {
        for (FieldSpec spec : fields) {
            if (spec.entity().map(entity::equals).orElse(false)) {
                return true;
            }
            if (typedBy(spec.name()).flatMap(this::field).map(f -> f.allowed().contains(entity.key())).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
