package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.server.port.ReloadOutcome;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AdminIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @Test
    void a_successful_reload_answers_the_version_and_is_audited() {
        server.reloader.answer(new ReloadOutcome.Reloaded("sha-abc123"));
        var r = server.post("/v1/admin/reload", TestServer.ADMIN, "");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("version").asText()).isEqualTo("sha-abc123");
        JsonNode latest = server.get("/v1/audit?limit=1", TestServer.ADMIN).json();
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).path("action").asText()).isEqualTo("strategy.reload");
        assertThat(latest.get(0).path("actor").asText()).isEqualTo("root");
        assertThat(latest.get(0).path("details").asText()).contains("sha-abc123");
    }

    @Test
    void a_rejected_reload_is_422_listing_each_file_problem() {
        server.reloader.answer(new ReloadOutcome.Rejected(List.of("rules/payments.yaml:3:7: undeclared reference 'amout'",
                "no strategy for scenario order")));
        var r = server.post("/v1/admin/reload", TestServer.ADMIN, "");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode errors = r.json().path("errors");
        assertThat(errors.get(0).path("field").asText()).isEqualTo("rules/payments.yaml:3:7");
        assertThat(errors.get(0).path("reason").asText()).isEqualTo("undeclared reference 'amout'");
        assertThat(errors.get(1).path("field").asText()).isEqualTo("strategies");
        assertThat(server.store.recent(1).getFirst().action()).isEqualTo("strategy.reload.rejected");
    }
}
