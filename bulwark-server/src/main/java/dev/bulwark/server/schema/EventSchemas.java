package dev.bulwark.server.schema;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Schemas (draft 2020-12) for every event type, generated from {@link EventCatalog} so they cannot drift
 * from validation: the CloudEvents envelope, the {@code data} fields with their types, required fields, allowed
 * values and the entity each names ({@code x-bulwark-entity}), and the catalogue's example.
 */
public final class EventSchemas {
    /** The JSON Schema dialect of every generated schema. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final Map<String, Map<String, Object>> SCHEMAS = generate();

    private EventSchemas() {
    }

    /** The schema of one event type, if it is in the catalogue. */
    public static Optional<Map<String, Object>> schema(String type) {
        return Optional.ofNullable(SCHEMAS.get(type));
    }

    /** A summary of every event type: name, scenario, description and where its schema is served. */
    public static List<Map<String, Object>> index() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventType type : EventCatalog.all()) {
            out.add(ordered("type", type.name(), "scenario", type.scenario(), "description", type.description(),
                    "schema", "/v1/schemas/" + type.name()));
        }
        return out;
    }

    /** The catalogue's example of a type, wrapped in a complete envelope. */
    public static Map<String, Object> example(EventType type) {
        return ordered("specversion", Event.SPEC_VERSION, "id", "evt-" + type.name().replace('.', '-') + "-1",
                "source", "/shop/" + type.scenario(), "type", type.name(), "time", "2026-01-15T10:15:30Z",
                "data", type.example());
    }

    private static Map<String, Map<String, Object>> generate() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (EventType type : EventCatalog.all()) {
            out.put(type.name(), schemaOf(type));
        }
        return Map.copyOf(out);
    }

    private static Map<String, Object> schemaOf(EventType type) {
        EventValidator.Limits limits = EventValidator.Limits.DEFAULT;
        Map<String, Object> properties = ordered(
                "specversion", ordered("const", Event.SPEC_VERSION, "description", "CloudEvents version"),
                "id", ordered("type", "string", "minLength", 1, "maxLength", limits.maxIdLength(),
                        "description", "Unique event id; the idempotency key"),
                "source", ordered("type", "string", "minLength", 1, "description", "The system that produced the event"),
                "type", ordered("const", type.name()),
                "time", ordered("type", "string", "format", "date-time",
                        "description", "RFC 3339 event time; at most " + limits.maxFuture().toMinutes() + " minutes ahead"),
                "data", data(type, limits));
        return ordered("$schema", DIALECT, "$id", "urn:bulwark:schema:event:" + type.name(), "title", type.name(),
                "description", type.description(), "type", "object",
                "required", List.of("specversion", "id", "source", "type", "time", "data"),
                "properties", properties, "examples", List.of(example(type)));
    }

    private static Map<String, Object> data(EventType type, EventValidator.Limits limits) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (FieldSpec spec : type.fields()) {
            fields.put(spec.name(), field(spec, limits));
            if (spec.required()) {
                required.add(spec.name());
            }
        }
        return ordered("type", "object", "required", required, "properties", fields, "additionalProperties", true);
    }

    private static Map<String, Object> field(FieldSpec spec, EventValidator.Limits limits) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("type", spec.kind().jsonType());
        switch (spec.kind()) {
            case STRING -> {
                field.put("minLength", 1);
                field.put("maxLength", limits.maxStringLength());
                if (!spec.allowed().isEmpty()) {
                    field.put("enum", spec.allowed());
                }
                if (spec.name().equals("currency")) {
                    field.put("pattern", "^[A-Z]{3}$");
                }
            }
            case INTEGER, NUMBER -> field.put("minimum", 0);
            case BOOLEAN -> {
            }
        }
        field.put("description", spec.description());
        spec.entity().ifPresent(e -> field.put("x-bulwark-entity", e.key()));
        return field;
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
