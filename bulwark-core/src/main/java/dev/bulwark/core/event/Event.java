package dev.bulwark.core.event;

import dev.bulwark.core.json.IsoInstant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An accepted event: the CloudEvents 1.0 envelope attributes and its {@code data}. The {@code id} is the
 * idempotency key; {@code time} is the event time every decision is computed at.
 *
 * <p>{@code data} holds JSON values as Java values: {@code String}, {@code Long}, {@code Double},
 * {@code Boolean}, {@code List} and {@code Map}; it is unmodifiable.
 */
public record Event(String id, String type, String source, Instant time, Map<String, Object> data) {
    /** The only CloudEvents version accepted. */
    public static final String SPEC_VERSION = "1.0";

    public Event {
        Objects.requireNonNull(id, "id");
        type = EventCatalog.canonicalName(Objects.requireNonNull(type, "type"));
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        data = data instanceof EventData ? data : new EventData(data);
    }

    /** The scenario the type belongs to: the part of the type before the first dot. */
    public String scenario() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** The entities this event names, as its catalogue type declares them. */
    public List<EntityRef> entities() {
        return EventCatalog.find(type).map(t -> t.entities(data)).orElse(List.of());
    }

    /** A string field of {@code data}, or the empty string when absent or not a string. */
    public String string(String field) {
        return data.get(field) instanceof String s ? s : "";
    }

    /** A numeric field of {@code data} as a double, or {@code 0} when absent or not a number. */
    public double number(String field) {
        return data.get(field) instanceof Number n ? n.doubleValue() : 0.0;
    }

    /** The envelope and data as a JSON-ready, unmodifiable map with CloudEvents attribute names, in that order. */
    public Map<String, Object> toJsonMap() {
        return new EventData("specversion", SPEC_VERSION, "id", id, "source", source, "type", type,
                "time", IsoInstant.format(time), "data", data);
    }
}
