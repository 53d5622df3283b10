package dev.bulwark.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bulwark.app.node.Shipped;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.FieldSpec;
import dev.bulwark.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events.md} is generated from the event catalogue, so the documentation cannot drift from what the
 * server validates. Run with {@code -Dbulwark.updateDocs=true} to rewrite it after changing the catalogue.
 */
class EventsDocTest {
    @Test
    void eventsDocumentMatchesTheCatalogue() throws Exception {
        Path file = Shipped.strategies().getParent().resolve("docs/events.md");
        String generated = generate();
        if (Boolean.getBoolean("bulwark.updateDocs")) {
            Files.writeString(file, generated);
        }
        assertThat(Files.readString(file)).as("docs/events.md is stale: rerun with -Dbulwark.updateDocs=true").isEqualTo(generated);
    }

    static String generate() throws Exception {
        StringBuilder md = new StringBuilder("""
                # Events

                <!-- Generated from EventCatalog by EventsDocTest; do not edit by hand. -->

                Bulwark receives JSON events whose envelope uses CloudEvents 1.0 attribute names. `POST /v1/events`
                takes one; `POST /v1/events/batch` takes a JSON array or NDJSON. The JSON Schema of each type is served at
                `GET /v1/schemas/{type}`.

                | attribute | required | meaning |
                |---|---|---|
                | `specversion` | yes | always `"1.0"` |
                | `id` | yes | unique id of the event, at most 200 characters; **the idempotency key**: resubmitting an id returns the original decision and changes nothing |
                | `source` | yes | the system that produced the event, e.g. `checkout-service` |
                | `type` | yes | one of the types below: `scenario.action` |
                | `time` | yes | when it happened, RFC 3339 (`2026-11-21T10:15:30Z`); decisions are computed at this time, never the wall clock; at most 5 minutes in the future |
                | `data` | yes | the fields of the type, below; unknown fields are kept and readable by rules as `event.extra` |

                Amounts are in major units (`12.50`), currencies ISO 4217 codes, countries ISO 3166-1 alpha-2. Identifiers of
                personal data (email, phone, IP, address, payout account, document) are masked for the `viewer` role.
                Limits: strings up to 4096 characters, arrays up to 256 elements, nesting up to 6 levels.

                Event ids that grow with time (UUIDv7, ULID, or a sequence per source) are the cheapest to store: the journal
                indexes ids, and each random id (a version 4 UUID) writes its own page of that index, which on the benchmark
                machine doubled the bytes the embedded store writes per event (`docs/benchmarks.md`).

                ## Entities

                Fields marked with an entity name an entity that features, lists and enforcements are keyed by. Account events
                name their account with `account_id` and say what it is with `account_type` (`buyer`, `seller` or `creator`).

                | entity | personal data |
                |---|---|
                """);
        for (EntityType type : EntityType.values()) {
            md.append("| `").append(type.key()).append("` | ").append(type.personalData() ? "yes" : "no").append(" |\n");
        }
        md.append("\n## Types\n\n| type | scenario | what it records |\n|---|---|---|\n");
        for (EventType type : EventCatalog.all()) {
            md.append("| [`").append(type.name()).append("`](#").append(type.name().replace(".", "")).append(") | `")
                    .append(type.scenario()).append("` | ").append(type.description()).append(" |\n");
        }
        for (EventType type : EventCatalog.all()) {
            md.append("\n### ").append(type.name()).append("\n\n").append(type.description()).append("\n\n")
                    .append("| field | type | required | entity | meaning |\n|---|---|---|---|---|\n");
            for (FieldSpec f : type.fields()) {
                md.append("| `").append(f.name()).append("` | ").append(f.kind().jsonType())
                        .append(f.allowed().isEmpty() ? "" : ": " + String.join(", ", f.allowed().stream().map(v -> "`" + v + "`").toList()))
                        .append(" | ").append(f.required() ? "yes" : "no").append(" | ")
                        .append(f.entity().map(EntityType::key).orElse(f.name().equals(EventType.ACCOUNT_ID) ? "by `account_type`" : ""))
                        .append(" | ").append(f.description()).append(" |\n");
            }
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("specversion", "1.0");
            example.put("id", "evt_" + type.name().replace('.', '_') + "_0001");
            example.put("source", "marketplace");
            example.put("type", type.name());
            example.put("time", "2026-11-21T10:15:30Z");
            example.put("data", new TreeMap<>(type.example()));
            md.append("\n```json\n").append(Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(example)).append("\n```\n");
        }
        return md.toString();
    }
}
