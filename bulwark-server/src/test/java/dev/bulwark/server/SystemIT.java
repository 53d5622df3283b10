package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.http.RouteTable;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Health, metrics, schemas and the OpenAPI document against the routes actually registered. */
class SystemIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @Test
    void the_openapi_document_lists_every_route_with_its_roles_and_nothing_else() throws IOException {
        var r = server.get("/openapi.json", null);
        JsonNode doc = Json.mapper().readTree(r.body());
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> registered = new TreeSet<>();
        for (RouteTable.Route route : server.server.routes()) {
            registered.add(route.method() + " " + route.path());
            JsonNode op = doc.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
            Set<String> roles = new HashSet<>();
            op.path("x-bulwark-roles").forEach(n -> roles.add(n.asText()));
            Set<String> expected = new HashSet<>();
            route.roles().forEach(role -> expected.add(role.toString().equals("ANYONE") ? "open" : role.toString().toLowerCase(Locale.ROOT)));
            assertThat(roles).as(route.method() + " " + route.path()).isEqualTo(expected);
        }
        assertThat(documented).isEqualTo(registered);
        assertThat(doc.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void health_reports_readiness_and_the_queue() {
        var r = server.get("/healthz", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("ready");
        assertThat(r.json().path("recovered").asBoolean()).isTrue();
        assertThat(r.json().path("queue_capacity").asInt()).isEqualTo(65_536);
    }

    @Test
    void metrics_expose_decisions_by_outcome_latency_and_the_jvm() {
        server.post("/v1/events", TestServer.INGEST, Events.json(Events.order("m-1", Map.of("force_outcome", "hold"))));
        String text = server.get("/metrics", null).body();
        assertThat(text).contains("bulwark_decisions_total{outcome=\"hold\"} 1.0")
                .contains("bulwark_http_requests_seconds_bucket{method=\"POST\",route=\"/v1/events\",status=\"200\"")
                .contains("bulwark_journal_batch_size_count", "bulwark_journal_append_seconds_bucket")
                .contains("bulwark_ingest_queue_depth", "jvm_memory_used_bytes");
    }

    @Test
    void schemas_are_served_for_every_catalogue_type() {
        JsonNode index = server.get("/v1/schemas", TestServer.INGEST).json();
        assertThat(index.findValuesAsText("type")).contains("order.placed", "label");
        var schema = server.get("/v1/schemas/order.placed", TestServer.VIEWER);
        assertThat(schema.contentType()).startsWith("application/schema+json");
        assertThat(schema.json().path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.json().path("properties").path("data").path("required").toString()).contains("order_id", "amount");
        assertThat(server.get("/v1/schemas/order.teleported", TestServer.VIEWER).status()).isEqualTo(404);
    }
}
