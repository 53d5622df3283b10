package dev.bulwark.engine.cel;

import dev.bulwark.core.decision.FeatureValues;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventType;
import dev.cel.runtime.CelVariableResolver;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything CEL may read while one event is decided. Variables resolve lazily, so a rule pays only for what it
 * reads; feature values are computed once per event and remembered, which also gives the decision the features
 * its rules read. Confined to the thread deciding the event.
 */
public final class Scope implements CelVariableResolver {
    private final CelEnvironment env;
    private final Event event;
    private final EventType type;
    private final String[] ids;
    private final FeatureSource features;
    private final EnforcementView enforcement;
    private final ListLookup lists;
    private final Object[] values;
    private final Object[] entityStates = new Object[EntityType.values().length];
    private String missing = "";
    private final long[] levels = new long[EntityType.values().length];

    Scope(CelEnvironment env, Event event, EventType type, FeatureSource features, EnforcementView enforcement,
          ListLookup lists) {
        this.env = env;
        this.event = event;
        this.type = type;
        this.ids = EntityIds.of(type, event.data());
        this.features = features;
        this.enforcement = enforcement;
        this.lists = lists;
        this.values = new Object[env.featureCount()];
    }

    /** The event being decided. */
    public Event event() {
        return event;
    }

    /** Its catalogue type. */
    public EventType type() {
        return type;
    }

    /** The event's time. */
    public Instant time() {
        return event.time();
    }

    /** The id of the event's entity of {@code entity} type, or null when the event names none. */
    public String entityId(EntityType entity) {
        return ids[entity.ordinal()];
    }

    /** The entities the event names, one per entity type, in entity-type order (resolved once, when the scope opened). */
    public java.util.List<dev.bulwark.core.event.EntityRef> entities() {
        java.util.List<dev.bulwark.core.event.EntityRef> refs = new java.util.ArrayList<>(4);
        for (EntityType type : EntityType.values()) {
            if (ids[type.ordinal()] != null) {
                refs.add(new dev.bulwark.core.event.EntityRef(type, ids[type.ordinal()]));
            }
        }
        return refs;
    }

    /** The feature values read so far, by feature name in declaration order. */
    public Map<String, Object> featuresRead() {
        return new FeatureValues(env.featureNames(), values.clone());
    }

    /** The value of a feature by name, computed on first read and remembered. */
    public Object feature(String name) {
        int index = env.featureIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("unknown feature " + name);
        }
        return feature(index);
    }

    /** The value of the feature with declaration index {@code index}, computed on first read and remembered. */
    public Object feature(int index) {
        Object value = values[index];
        if (value == null) {
            value = features.value(index, this);
            values[index] = value;
        }
        return value;
    }

    /** Per-event cache of an entity's feature state, so each entity is looked up once per event (opaque here). */
    public Object cachedState(EntityType type) {
        return entityStates[type.ordinal()];
    }

    /** Remembers an entity's feature state for the rest of this event. */
    public void cacheState(EntityType type, Object state) {
        entityStates[type.ordinal()] = state;
    }

    /** Whether {@code value} is on {@code list} at the event's time. */
    public boolean inList(String list, String value) {
        return lists.contains(list, value, event.time());
    }

    long enforcementLevel(EntityType entity) {
        int at = entity.ordinal();
        if (levels[at] == 0) {
            String id = ids[at];
            // Stored plus one, so 0 means "not looked up yet"; several rules usually read the same level.
            levels[at] = 1 + (id == null ? 0 : enforcement.level(entity, id, event.time()));
        }
        return levels[at] - 1;
    }

    java.util.List<String> suspended(EntityType entity) {
        String id = ids[entity.ordinal()];
        return id == null ? java.util.List.of() : enforcement.suspended(entity, id, event.time());
    }

    void noteMissing(String name) {
        missing = name;
    }

    String missing() {
        return missing;
    }

    @Override
    public Optional<Object> find(String name) {
        Accessor accessor = env.accessor(name);
        return accessor == null ? Optional.empty() : Optional.ofNullable(accessor.get(this));
    }

    /** Reads one variable from a scope; null when the event does not carry it. */
    interface Accessor {
        Object get(Scope scope);
    }
}
