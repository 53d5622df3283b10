package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.api.EventsApi;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class EventsIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @Test
    void an_event_is_answered_with_its_decision() {
        var r = server.post("/v1/events", TestServer.INGEST, Events.json(Events.order("e-one", Map.of("force_outcome", "review"))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().path("event_id").asText()).isEqualTo("e-one");
        assertThat(r.json().path("outcome").asText()).isEqualTo("review");
        assertThat(server.store.decision("e-one")).isPresent();
    }

    @Test
    void the_same_id_twice_returns_the_original_decision_and_changes_state_once() {
        var first = server.post("/v1/events", TestServer.INGEST, Events.json(Events.order("e-dup", Map.of("buyer_id", "b-dup"))));
        var again = server.post("/v1/events", TestServer.INGEST,
                Events.json(Events.order("e-dup", Map.of("buyer_id", "b-dup", "force_outcome", "block"))));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(server.path.count("buyer:b-dup")).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_are_decided_once() {
        List<CompletableFuture<TestServer.Response>> sent = IntStream.range(0, 16)
                .mapToObj(i -> server.postAsync("/v1/events", TestServer.INGEST,
                        Events.json(Events.order("e-race", Map.of("buyer_id", "b-race")))))
                .toList();
        List<JsonNode> answers = sent.stream().map(CompletableFuture::join).map(TestServer.Response::json).toList();
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.getFirst()));
        assertThat(server.path.count("buyer:b-race")).isEqualTo(1);
        assertThat(server.path.decided()).containsOnlyOnce("e-race");
    }

    @Test
    void a_json_array_batch_answers_in_order_and_accepts_the_valid_items() {
        String batch = "[" + Events.orderJson("b-1") + ",{\"id\":\"b-2\"}," + Events.orderJson("b-3") + "," + Events.orderJson("b-1") + "]";
        var r = server.post("/v1/events/batch", TestServer.INGEST, batch);
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json();
        assertThat(items).hasSize(4);
        assertThat(items.get(0).path("decision").path("event_id").asText()).isEqualTo("b-1");
        assertThat(items.get(1).path("status").asInt()).isEqualTo(400);
        assertThat(items.get(1).path("index").asInt()).isEqualTo(1);
        assertThat(items.get(1).path("problem").path("errors").findValuesAsText("field")).contains("/time", "/type", "/data");
        assertThat(items.get(1).path("problem").path("instance").asText()).isEqualTo("/v1/events/batch#/1");
        assertThat(items.get(2).path("decision").path("event_id").asText()).isEqualTo("b-3");
        assertThat(items.get(3).path("decision")).isEqualTo(items.get(0).path("decision"));
        assertThat(server.path.decided()).containsSubsequence("b-1", "b-3").containsOnlyOnce("b-1");
    }

    @Test
    void a_batch_too_large_to_parse_on_the_io_thread_is_parsed_elsewhere_and_answered_in_order() {
        List<String> ids = IntStream.range(0, 400).mapToObj(i -> "big-" + i).toList();
        String body = ids.stream().map(Events::orderJson).collect(Collectors.joining("\n"));
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(EventsApi.INLINE_BATCH_BYTES);
        var r = server.post("/v1/events/batch", TestServer.INGEST, body, "application/x-ndjson");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().findValuesAsText("event_id")).containsExactlyElementsOf(ids);
        assertThat(server.path.decided()).containsSubsequence(ids.getFirst(), ids.get(199), ids.getLast());
    }

    @Test
    void a_batch_answer_is_gzipped_for_a_client_that_takes_gzip_and_plain_for_one_that_does_not() throws Exception {
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> "gz-" + i).toList();
        String body = "[" + ids.stream().map(Events::orderJson).collect(Collectors.joining(",")) + "]";
        HttpClient client = HttpClient.newHttpClient();
        for (String accept : List.of("gzip, deflate", "deflate")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/v1/events/batch"))
                    .header("Authorization", "Bearer " + TestServer.INGEST).header("Content-Type", "application/json")
                    .header("Accept-Encoding", accept).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            boolean gzipped = r.headers().firstValue("Content-Encoding").isPresent();
            assertThat(gzipped).isEqualTo(accept.contains("gzip"));
            byte[] answer = gzipped ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
            assertThat(Json.mapper().readTree(answer).findValuesAsText("event_id")).containsExactlyElementsOf(ids);
            if (gzipped) {
                assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
                assertThat(r.headers().firstValue("Vary")).contains("Accept-Encoding");
                assertThat(r.body().length).isLessThan(answer.length / 3);
            }
        }
    }

    @Test
    void an_ndjson_batch_refuses_only_the_malformed_line() {
        String body = Events.orderJson("n-1") + "\n{not json\n\n" + Events.orderJson("n-2") + "\n";
        var r = server.post("/v1/events/batch", TestServer.INGEST, body, "application/x-ndjson");
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).path("decision").path("event_id").asText()).isEqualTo("n-1");
        assertThat(items.get(1).path("problem").path("errors").get(0).path("reason").asText())
                .startsWith("line 2: malformed JSON at line 1, column");
        assertThat(items.get(2).path("decision").path("event_id").asText()).isEqualTo("n-2");
    }
}
