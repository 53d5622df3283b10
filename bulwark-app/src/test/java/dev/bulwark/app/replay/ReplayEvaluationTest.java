package dev.bulwark.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bulwark replay --truth --report} end to end: seven hand-written events through a tiny pack with known outcomes. */
class ReplayEvaluationTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ReplayEvaluationTest.class.getResource(name), name).toURI());
    }

    private int replay(String truth, Path report) throws URISyntaxException {
        return new CommandLine(new ReplayCommand()).execute("--events", resource("events.ndjson").toString(),
                "--strategies", resource("pack").toString(), "--truth", truth, "--report", report.toString());
    }

    @Test
    void scores_the_tiny_pack_as_computed_by_hand() throws Exception {
        Path out = dir.resolve("report.json");
        assertThat(replay(resource("truth.csv").toString(), out)).isZero();
        JsonNode r = Json.mapper().readTree(out.toFile());
        assertThat(r.fieldNames()).toIterable().containsExactly("run", "definitions", "overall", "by_typology",
                "by_scenario", "rules", "shadow_rules", "value_caught", "friction", "integrity");
        // Attack e1 (blocked), e4 (challenged), e5 (allowed), e6 (held); benign e2 (allowed), e3 (challenged).
        assertThat(r.at("/overall/attack_events").asLong()).isEqualTo(4);
        assertThat(r.at("/overall/attack_flagged").asLong()).isEqualTo(3);
        assertThat(r.at("/overall/recall").asDouble()).isEqualTo(0.75);
        assertThat(r.at("/overall/precision").asDouble()).isEqualTo(0.75);
        assertThat(r.at("/overall/alerts").asLong()).isEqualTo(1); // the held payout
        assertThat(r.at("/by_typology/account_takeover/recall").asDouble()).isEqualTo(0.5);
        assertThat(r.at("/by_typology/non_delivery/recall").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/rules/second_order_in_hour/benign").asLong()).isEqualTo(1);
        assertThat(r.at("/rules/second_order_in_hour/precision").asDouble()).isZero();
        assertThat(r.at("/rules/failed_login/precision").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/shadow_rules/any_login_shadow/attack").asLong()).isEqualTo(2);
        assertThat(r.at("/value_caught/orders/caught_usd").asDouble()).isEqualTo(600.0);
        assertThat(r.at("/value_caught/payouts/caught_usd").asDouble()).isEqualTo(1000.0); // 790 GBP at 0.79 per USD
        assertThat(r.at("/friction/good_users").asLong()).isEqualTo(1);
        assertThat(r.at("/friction/good_users_challenged_or_worse/share").asDouble()).isEqualTo(1.0);
        assertThat(r.at("/friction/benign_by_outcome/challenge/count").asLong()).isEqualTo(1);
        assertThat(r.at("/integrity/events_without_truth").asLong()).isZero();
        assertThat(r.at("/definitions/precision").asText()).contains("flagged attack events");
    }

    @Test
    void an_event_missing_from_truth_fails_the_run_and_is_reported() throws Exception {
        Path out = dir.resolve("report.json");
        assertThat(replay(resource("truth-missing-e5.csv").toString(), out)).isEqualTo(1);
        JsonNode r = Json.mapper().readTree(out.toFile());
        assertThat(r.at("/integrity/events_without_truth").asLong()).isEqualTo(1);
        assertThat(r.at("/integrity/events_without_truth_sample/0").asText()).isEqualTo("e5");
    }

    @Test
    void a_truth_row_with_no_event_fails_the_run() throws Exception {
        Path truth = dir.resolve("truth.csv");
        Files.writeString(truth, Files.readString(resource("truth.csv"))
                + "event,e8,2026-01-05T10:07:00Z,order.placed,benign,,,buyer:b-2\n");
        Path out = dir.resolve("report.json");
        assertThat(replay(truth.toString(), out)).isEqualTo(1);
        assertThat(Json.mapper().readTree(out.toFile()).at("/integrity/truth_without_event_sample/0").asText()).isEqualTo("e8");
    }

    @Test
    void a_report_without_truth_is_a_usage_error() throws URISyntaxException, IOException {
        int status = new CommandLine(new ReplayCommand()).execute("--events", resource("events.ndjson").toString(),
                "--report", dir.resolve("r.json").toString());
        assertThat(status).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("r.json"))).isFalse();
    }
}
