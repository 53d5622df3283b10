package dev.bulwark.server.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import dev.bulwark.core.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated schemas agree with the catalogue's validator on every example, and reject what it rejects. */
class EventSchemasTest {
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void every_catalogue_example_satisfies_its_schema_and_the_validator() {
        for (EventType type : EventCatalog.all()) {
            Map<String, Object> example = roundTrip(EventSchemas.example(type));
            Map<String, Object> schema = EventSchemas.schema(type.name()).orElseThrow();
            assertThat(MiniSchema.problems(schema, example)).as(type.name()).isEmpty();
            assertThat(new EventValidator(EventValidator.Limits.DEFAULT).validate(example, NOW))
                    .as(type.name()).isInstanceOf(Validation.Valid.class);
        }
    }

    @Test
    void the_schema_rejects_a_missing_required_field_a_wrong_type_and_a_value_outside_the_enum() {
        EventType refund = EventCatalog.find("refund.requested").orElseThrow();
        Map<String, Object> schema = EventSchemas.schema(refund.name()).orElseThrow();
        for (String field : List.of("order_id", "amount", "reason")) {
            Map<String, Object> event = roundTrip(EventSchemas.example(refund));
            data(event).remove(field);
            assertThat(MiniSchema.problems(schema, event)).as(field).contains("/data/" + field + ": required");
        }
        Map<String, Object> wrong = roundTrip(EventSchemas.example(refund));
        data(wrong).put("amount", "lots");
        data(wrong).put("reason", "because");
        assertThat(MiniSchema.problems(schema, wrong)).contains("/data/amount: type", "/data/reason: enum");
        wrong.put("type", "order.placed");
        assertThat(MiniSchema.problems(schema, wrong)).contains("/type: const");
    }

    @Test
    void every_type_is_listed_with_the_path_of_its_schema() {
        assertThat(EventSchemas.index()).hasSize(EventCatalog.all().size())
                .allSatisfy(entry -> assertThat(entry.get("schema")).isEqualTo("/v1/schemas/" + entry.get("type")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roundTrip(Map<String, Object> value) {
        return Json.read(Json.write(value), LinkedHashMap.class);
    }

    /** The subset of JSON Schema the generator emits: type, required, properties, enum, const, minimum, pattern. */
    static final class MiniSchema {
        static List<String> problems(Map<String, Object> schema, Object value) {
            List<String> out = new ArrayList<>();
            check(schema, value, "", out);
            return out;
        }

        @SuppressWarnings("unchecked")
        private static void check(Map<String, Object> schema, Object value, String path, List<String> out) {
            if (schema.containsKey("const") && !schema.get("const").equals(value)) {
                out.add(path + ": const");
            }
            if (schema.get("type") instanceof String type && !hasType(type, value)) {
                out.add(path + ": type");
                return;
            }
            if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(value)) {
                out.add(path + ": enum");
            }
            if (schema.get("minimum") instanceof Number min && value instanceof Number n && n.doubleValue() < min.doubleValue()) {
                out.add(path + ": minimum");
            }
            if (schema.get("pattern") instanceof String p && value instanceof String s && !s.matches(p)) {
                out.add(path + ": pattern");
            }
            if (value instanceof Map<?, ?> object) {
                for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
                    if (!object.containsKey(required)) {
                        out.add(path + "/" + required + ": required");
                    }
                }
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                properties.forEach((name, sub) -> {
                    if (object.containsKey(name)) {
                        check((Map<String, Object>) sub, object.get(name), path + "/" + name, out);
                    }
                });
            }
        }

        private static boolean hasType(String type, Object value) {
            return switch (type) {
                case "object" -> value instanceof Map;
                case "string" -> value instanceof String;
                case "integer" -> value instanceof Integer || value instanceof Long;
                case "number" -> value instanceof Number;
                case "boolean" -> value instanceof Boolean;
                default -> false;
            };
        }
    }
}
