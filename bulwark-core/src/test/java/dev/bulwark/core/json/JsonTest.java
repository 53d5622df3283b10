package dev.bulwark.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one JSON mapping that the store and the API share, so a decision's bytes can be both stored and sent. */
class JsonTest {
    private final Enforcement enforcement = new Enforcement("enf-1", new EntityRef(EntityType.PAYMENT_INSTRUMENT, "pi:4"),
            EnforcementAction.SUSPEND_CAPABILITY, Optional.of(Capability.CHECKOUT), "CARD_TESTING", "r-1", "e-1",
            Instant.parse("2026-11-21T10:00:00Z"), Optional.of(Duration.ofHours(24)), Optional.empty());

    @Test
    void enumsAreWrittenAsTheirKeysAndEntitiesAsTypeColonId() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.bytes(enforcement));
        assertThat(json.path("action").asText()).isEqualTo("suspend_capability");
        assertThat(json.path("capability").asText()).isEqualTo("checkout");
        assertThat(json.path("target").asText()).isEqualTo("payment_instrument:pi:4");
        assertThat(json.path("start").asText()).isEqualTo("2026-11-21T10:00:00Z");
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws Exception {
        assertThat(Json.reader().forType(Enforcement.class).<Enforcement>readValue(Json.bytes(enforcement))).isEqualTo(enforcement);
    }

    @Test
    void theFormsOlderStoresWroteStillRead() {
        String older = Json.write(enforcement).replace("\"suspend_capability\"", "\"SUSPEND_CAPABILITY\"")
                .replace("\"payment_instrument:pi:4\"", "{\"type\":\"PAYMENT_INSTRUMENT\",\"id\":\"pi:4\"}");
        assertThat(older).contains("\"SUSPEND_CAPABILITY\"").contains("{\"type\":\"PAYMENT_INSTRUMENT\"");
        assertThat(Json.read(older, Enforcement.class)).isEqualTo(enforcement);
    }
}
