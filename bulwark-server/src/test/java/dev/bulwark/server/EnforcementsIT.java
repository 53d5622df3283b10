package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforcements, alerts and decisions as analysts and viewers see them, and reversals. */
class EnforcementsIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @BeforeAll
    static void seed() {
        var r = server.post("/v1/events", TestServer.INGEST,
                Events.json(Events.registration("reg-eve", "eve@example.com", "203.0.113.77", "block")));
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void viewers_see_personal_data_masked_and_analysts_see_it_whole() {
        String query = "/v1/enforcements?entity=email:eve@example.com";
        assertThat(server.get(query, TestServer.ANALYST).json().get(0).path("target").asText()).isEqualTo("email:eve@example.com");
        assertThat(server.get(query, TestServer.VIEWER).json().get(0).path("target").asText()).isEqualTo("email:ev***@ex***.com");

        JsonNode alert = server.get("/v1/alerts/al_reg-eve", TestServer.VIEWER).json();
        assertThat(alert.path("entities").toString()).contains("email:ev***@ex***.com", "ip:203.0.***.***", "device:d-77")
                .doesNotContain("eve@example.com", "113.77");
        assertThat(server.get("/v1/alerts?status=open", TestServer.ANALYST).json().get(0).path("entities").toString())
                .contains("email:eve@example.com");

        var decision = server.get("/v1/decisions/reg-eve", TestServer.VIEWER);
        assertThat(decision.body()).contains("count:email:ev***@ex***.com", "count:ip:203.0.***.***")
                .doesNotContain("eve@example.com", "113.77");
        assertThat(server.get("/v1/decisions/reg-eve", TestServer.INGEST).body()).contains("count:email:eve@example.com");
    }

    @Test
    void a_reversal_is_stored_told_to_the_engine_audited_and_not_repeated() {
        var reversed = server.post("/v1/enforcements/enf_reg-eve/reverse", TestServer.ANALYST, "{\"reason\":\"appeal upheld\"}");
        assertThat(reversed.status()).isEqualTo(200);
        assertThat(reversed.json().path("reversal").path("actor").asText()).isEqualTo("ana");
        assertThat(reversed.json().path("reversal").path("at").asText()).isEqualTo(Events.NOW.toString());
        assertThat(server.reversals.reversed()).singleElement().satisfies(e -> assertThat(e.reversal()).isPresent());
        assertThat(server.store.recent(5)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("enforcement.reverse");
            assertThat(a.actor()).isEqualTo("ana");
        });
        assertThat(server.post("/v1/enforcements/enf_reg-eve/reverse", TestServer.ADMIN, "{\"reason\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(server.post("/v1/enforcements/enf_nope/reverse", TestServer.ADMIN, "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(server.post("/v1/enforcements/enf_reg-eve/reverse", TestServer.ADMIN, "{}").json()
                .path("errors").get(0).path("field").asText()).isEqualTo("/reason");
    }

    @Test
    void unknown_alerts_and_decisions_are_404() {
        assertThat(server.get("/v1/alerts/al_nope", TestServer.ANALYST).status()).isEqualTo(404);
        assertThat(server.get("/v1/decisions/nope", TestServer.ANALYST).status()).isEqualTo(404);
    }
}
