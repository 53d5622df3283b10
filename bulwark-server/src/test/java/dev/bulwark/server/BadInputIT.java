package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @AfterAll
    static void nothingMalformedWasDecided() {
        assertThat(server.path.decided()).as("nothing malformed reaches the decision path").isEmpty();
    }

    static List<Arguments> invalidEvents() {
        Map<String, Object> noId = Events.order("x", Map.of());
        noId.remove("id");
        Map<String, Object> noTime = Events.order("x", Map.of());
        noTime.remove("time");
        Map<String, Object> future = Events.order("x", Map.of());
        future.put("time", "2026-01-15T12:30:00Z");
        Map<String, Object> unknown = Events.order("x", Map.of());
        unknown.put("type", "order.teleported");
        return List.of(
                Arguments.of("missing id", Events.json(noId), "/id"),
                Arguments.of("missing time", Events.json(noTime), "/time"),
                Arguments.of("time in the future", Events.json(future), "/time"),
                Arguments.of("unknown type", Events.json(unknown), "/type"),
                Arguments.of("wrong type", Events.json(Events.order("x", Map.of("amount", "lots"))), "/data/amount"),
                Arguments.of("bad enum", Events.json(Events.envelope("x", "refund.requested", Map.of("reason", "because"))), "/data/reason"),
                Arguments.of("not an object", "[1,2]", "/"),
                Arguments.of("nested too deep", Events.json(Events.order("x", Map.of("extra", nested(8)))), "/data/extra/x/x/x/x/x"),
                Arguments.of("nested past the parser limit", Events.json(Events.order("x", Map.of("extra", nested(80)))), "/data/extra/x/x"),
                Arguments.of("huge array", Events.json(Events.order("x", Map.of("tags", Collections.nCopies(300, "t")))), "/data/tags"),
                Arguments.of("duplicate key", "{\"id\":\"a\",\"id\":\"b\"}", "/id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void an_invalid_event_is_a_problem_naming_the_field(String name, String body, String field) {
        var r = server.post("/v1/events", TestServer.INGEST, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:bulwark:problem:invalid-input");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/events");
        assertThat(problem.path("errors").findValuesAsText("field")).anySatisfy(f -> assertThat(f).startsWith(field));
    }

    @Test
    void malformed_json_names_line_and_column() {
        var r = server.post("/v1/events", TestServer.INGEST, "{\n  \"id\": \"a\",\n  \"type\": oops\n}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("reason").asText()).contains("line 3, column");
    }

    @Test
    void an_empty_body_or_trailing_content_is_refused() {
        assertThat(server.post("/v1/events", TestServer.INGEST, "").status()).isEqualTo(400);
        assertThat(server.post("/v1/events", TestServer.INGEST, Events.orderJson("t-1") + " {}").status()).isEqualTo(400);
        assertThat(server.post("/v1/events/batch", TestServer.INGEST, Events.orderJson("t-2")).status()).isEqualTo(400);
    }

    @Test
    void an_oversized_body_is_413() {
        String big = Events.json(Events.order("big", Map.of("note", "x".repeat(1_100_000))));
        var r = server.post("/v1/events", TestServer.INGEST, big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("type").asText()).isEqualTo("urn:bulwark:problem:payload-too-large");
    }

    @Test
    void a_batch_of_too_many_events_is_413() {
        List<String> items = new ArrayList<>(Collections.nCopies(10_001, "{}"));
        var r = server.post("/v1/events/batch", TestServer.INGEST, "[" + String.join(",", items) + "]");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("detail").asText()).contains("10000");
    }

    @Test
    void unknown_routes_and_wrong_methods_are_problems() {
        var missing = server.get("/v1/nothing-here", TestServer.ADMIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        var wrong = server.method("DELETE", "/v1/events", TestServer.ADMIN);
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.json().path("type").asText()).isEqualTo("urn:bulwark:problem:method-not-allowed");
    }

    @Test
    void requests_refused_by_jetty_are_problems_too() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write(("GET /v1/lists HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 431").contains("application/problem+json")
                    .contains("urn:bulwark:problem:headers-too-large");
        }
    }

    @Test
    void bad_query_parameters_name_the_parameter() {
        var r = server.get("/v1/alerts?limit=5000", TestServer.ANALYST);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");
        assertThat(server.get("/v1/enforcements?entity=planet:mars", TestServer.ANALYST).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("entity");
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> inner = Map.of("leaf", 1L);
        for (int i = 0; i < depth; i++) {
            inner = Map.of("x", inner);
        }
        return inner;
    }
}
