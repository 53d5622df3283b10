package dev.bulwark.engine.cel;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventType;
import dev.cel.runtime.CelVariableResolver;
import java.time.Instant;
import java.util.LinkedHashMap;
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
    private final Map<String, Object> read = new LinkedHashMap<>();

    Scope(CelEnvironment env, Event event, EventType type, FeatureSource features, EnforcementView enforcement,
          ListLookup lists) {
        this.env = env;
        this.event = event;
        this.type = type;
        this.ids = EntityIds.of(type, event.data());
        this.features = features;
        this.enforcement = enforcement;
        this.lists = lists;
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

    /** The feature values read so far, in the order first read. */
    public Map<String, Object> featuresRead() {
        return read;
    }

    /** The value of a feature, computed on first read and remembered. */
    public Object feature(String name) {
        Object value = read.get(name);
        if (value == null) {
            value = features.value(name, this);
            read.put(name, value);
        }
        return value;
    }

    /** Whether {@code value} is on {@code list} at the event's time. */
    public boolean inList(String list, String value) {
        return lists.contains(list, value, event.time());
    }

    long enforcementLevel(EntityType entity) {
        String id = ids[entity.ordinal()];
        return id == null ? 0 : enforcement.level(entity, id, event.time());
    }

    java.util.List<String> suspended(EntityType entity) {
        String id = ids[entity.ordinal()];
        return id == null ? java.util.List.of() : enforcement.suspended(entity, id, event.time());
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
