package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.port.Store;
import dev.bulwark.store.Stores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over the real embedded store: durability, idempotency across restarts, lists and reversals. */
class StoreBackedIT {
    @TempDir
    Path dir;

    @Test
    void accepted_events_survive_a_restart_and_keep_their_decisions() {
        String url = Stores.embeddedUrl(dir);
        JsonNode original;
        try (Store store = Stores.open(url); TestServer first = TestServer.start(store, new CountingPath(), c -> c)) {
            List<CompletableFuture<TestServer.Response>> sent = IntStream.range(0, 40)
                    .mapToObj(i -> first.postAsync("/v1/events", TestServer.INGEST,
                            Events.json(Events.order("s-" + i, Map.of("buyer_id", "b-" + i % 4, "force_outcome", i % 10 == 0 ? "block" : "allow")))))
                    .toList();
            assertThat(sent.stream().map(CompletableFuture::join).map(TestServer.Response::status)).containsOnly(200);
            original = first.post("/v1/events", TestServer.INGEST, Events.orderJson("s-7")).json();
            var batch = first.post("/v1/events/batch", TestServer.INGEST,
                    Events.orderJson("s-40") + "\n" + Events.orderJson("s-3") + "\n", "application/x-ndjson");
            assertThat(batch.json().findValuesAsText("event_id")).containsExactly("s-40", "s-3");
            assertThat(first.get("/v1/alerts?status=open&limit=100", TestServer.ANALYST).json()).hasSize(4);
        }
        CountingPath fresh = new CountingPath();
        try (Store store = Stores.open(url); TestServer second = TestServer.start(store, fresh, c -> c)) {
            assertThat(fresh.observed()).hasSize(41).contains("s-0", "s-39", "s-40");
            assertThat(fresh.count("buyer:b-1")).isEqualTo(10);
            assertThat(second.post("/v1/events", TestServer.INGEST, Events.orderJson("s-7")).json()).isEqualTo(original);
            assertThat(second.get("/v1/decisions/s-7", TestServer.ANALYST).json()).isEqualTo(original);
            assertThat(fresh.decided()).isEmpty();
        }
    }

    @Test
    void list_edits_and_reversals_are_stored_and_audited() {
        try (Store store = Stores.open(Stores.embeddedUrl(dir)); TestServer server = TestServer.start(store, new CountingPath(), c -> c)) {
            assertThat(server.put("/v1/lists/watch_ips", TestServer.ANALYST, "{\"kind\":\"ip\",\"description\":\"proxies\"}").status())
                    .isEqualTo(201);
            server.post("/v1/lists/watch_ips/entries", TestServer.ANALYST, "[{\"value\":\"198.51.100.7\",\"reason\":\"proxy\"}]");
            assertThat(server.get("/v1/lists/watch_ips/entries", TestServer.VIEWER).json().get(0).path("value").asText())
                    .isEqualTo("198.51.***.***");
            server.post("/v1/events", TestServer.INGEST, Events.json(Events.registration("s-reg", "zed@example.net", "198.51.100.7", "block")));
            var reversed = server.post("/v1/enforcements/enf_s-reg/reverse", TestServer.ADMIN, "{\"reason\":\"false positive\"}");
            assertThat(reversed.status()).isEqualTo(200);
            assertThat(store.enforcement("enf_s-reg").orElseThrow().reversal()).isPresent();
            assertThat(server.get("/v1/audit", TestServer.ADMIN).json().findValuesAsText("action"))
                    .contains("list.save", "list.entries.add", "enforcement.reverse");
        }
    }
}
