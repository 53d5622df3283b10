package dev.bulwark.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final EventValidator validator = new EventValidator(EventValidator.Limits.DEFAULT);

    private static Map<String, Object> envelope(String type, Map<String, Object> data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", "e-1");
        e.put("source", "test");
        e.put("type", type);
        e.put("time", "2026-11-21T11:00:00Z");
        e.put("data", data);
        return e;
    }

    private List<Violation> violations(Object json) {
        return switch (validator.validate(json, NOW)) {
            case Validation.Valid v -> List.of();
            case Validation.Invalid i -> i.violations();
        };
    }

    @Test
    void everyCatalogueExampleIsValidAndNormalised() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (EventType type : EventCatalog.all()) {
            Object parsed = json.readValue(json.writeValueAsString(envelope(type.name(), type.example())), Object.class);
            Validation result = validator.validate(parsed, NOW);
            assertThat(result).as(type.name()).isInstanceOf(Validation.Valid.class);
            Event event = ((Validation.Valid) result).event();
            event.data().values().forEach(v -> assertThat(v).isNotInstanceOf(Integer.class));
        }
    }

    @Test
    void everyProblemIsReportedWithItsFieldAndReason() {
        Map<String, Object> e = envelope("order.placed", Map.of("order_id", "o", "buyer_id", 7, "amount", "12",
                "currency", "usd", "quantity", 1.5));
        e.remove("id");
        e.put("specversion", "0.3");
        e.put("time", "2026-11-21T13:00:00Z");
        assertThat(violations(e)).extracting(Violation::toString).containsExactlyInAnyOrder(
                "/specversion: must be \"1.0\" (CloudEvents 1.0), got \"0.3\"",
                "/id: is required",
                "/time: is more than 5 minutes in the future (2026-11-21T13:00:00Z)",
                "/data/buyer_id: must be a string, got an integer",
                "/data/seller_id: is required for order.placed",
                "/data/amount: must be a number, got a string",
                "/data/currency: must be a three-letter ISO 4217 code such as USD, got \"usd\"",
                "/data/quantity: must be an integer, got a number with a fraction");
    }

    @Test
    void unknownTypesEnumsAndMalformedTimesAreNamed() {
        assertThat(violations(envelope("order.exploded", Map.of()))).extracting(Violation::field).containsExactly("/type");
        assertThat(violations(envelope("account.login", Map.of("account_id", "a", "account_type", "robot", "success", true))))
                .extracting(Violation::reason).singleElement().asString().startsWith("must be one of [buyer, seller, creator]");
        Map<String, Object> badTime = envelope("order.delivered", Map.of("order_id", "o"));
        badTime.put("time", "yesterday");
        assertThat(violations(badTime)).extracting(Violation::field).containsExactly("/time");
        assertThat(violations(List.of())).extracting(Violation::toString).containsExactly("/: an event must be a JSON object, got an array");
    }

    @Test
    void deepNestingAndHugeArraysAreRefused() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> cursor = deep;
        for (int i = 0; i < 10; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            cursor.put("n", next);
            cursor = next;
        }
        Map<String, Object> data = new LinkedHashMap<>(Map.of("order_id", "o"));
        data.put("extra", deep);
        data.put("tags", java.util.Collections.nCopies(1000, "x"));
        assertThat(violations(envelope("order.delivered", data))).extracting(Violation::reason)
                .anySatisfy(r -> assertThat(r).startsWith("nests deeper than 6 levels"))
                .anySatisfy(r -> assertThat(r).startsWith("has 1000 elements; at most 256"));
    }

    @Test
    void accountAndLabelEventsNameTheirEntityThroughItsTypeField() {
        Event login = ((Validation.Valid) validator.validate(envelope("account.login",
                Map.of("account_id", "s-1", "account_type", "seller", "success", true, "device_id", "d-1")), NOW)).event();
        assertThat(login.entities()).extracting(Object::toString).containsExactly("seller:s-1", "device:d-1");
        Event label = ((Validation.Valid) validator.validate(envelope("label",
                Map.of("label", "fraud", "entity_type", "payout_account", "entity_id", "pa-9", "source", "chargeback")), NOW)).event();
        assertThat(label.entities()).extracting(Object::toString).containsExactly("payout_account:pa-9");
        assertThat(EventCatalog.find("label").orElseThrow().canName(EntityType.DEVICE)).isTrue();
        assertThat(EventCatalog.find("affiliate.link_created").orElseThrow().canName(EntityType.DEVICE)).isFalse();
    }
}
