package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.server.ingest.IngestSettings;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Overload, journal failure, restart and recovery, each on its own server. */
class LifecycleIT {
    @Test
    void a_full_queue_is_429_with_retry_after_and_loses_nothing() throws InterruptedException {
        CountingPath path = new CountingPath();
        path.block();
        try (TestServer server = TestServer.start(new InMemoryStore(), path, c -> c.withIngest(new IngestSettings(2, 100, 1000)))) {
            CompletableFuture<TestServer.Response> held = server.postAsync("/v1/events/batch", TestServer.INGEST,
                    "[" + Events.orderJson("q-1") + "," + Events.orderJson("q-2") + "]");
            path.awaitEntered();
            var refused = server.post("/v1/events", TestServer.INGEST, Events.orderJson("q-3"));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().path("type").asText()).isEqualTo("urn:bulwark:problem:overloaded");
            path.release();
            assertThat(held.join().json().findValuesAsText("event_id")).containsExactly("q-1", "q-2");
            assertThat(server.post("/v1/events", TestServer.INGEST, Events.orderJson("q-3")).status()).isEqualTo(200);
        }
    }

    @Test
    void a_journal_failure_is_503_and_the_server_stops_being_ready() {
        InMemoryStore store = new InMemoryStore();
        try (TestServer server = TestServer.start(store, new CountingPath(), c -> c)) {
            store.failAppends(true);
            var failed = server.post("/v1/events", TestServer.INGEST, Events.orderJson("f-1"));
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.json().path("type").asText()).isEqualTo("urn:bulwark:problem:unavailable");
            assertThat(failed.header("Retry-After")).isNotEmpty();
            var health = server.get("/healthz", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().path("status").asText()).isEqualTo("failed");
            store.failAppends(false);
            assertThat(server.post("/v1/events", TestServer.INGEST, Events.orderJson("f-2")).status()).isEqualTo(503);
        }
    }

    @Test
    void a_restarted_server_replays_the_journal_and_answers_old_ids_from_it() {
        InMemoryStore store = new InMemoryStore();
        String original;
        try (TestServer first = TestServer.start(store, new CountingPath(), c -> c)) {
            original = first.post("/v1/events", TestServer.INGEST,
                    Events.json(Events.order("r-1", Map.of("force_outcome", "review")))).body();
            first.post("/v1/events/batch", TestServer.INGEST, "[" + Events.orderJson("r-2") + "," + Events.orderJson("r-3") + "]");
        }
        CountingPath fresh = new CountingPath();
        try (TestServer second = TestServer.start(store, fresh, c -> c)) {
            assertThat(fresh.observed()).containsExactly("r-1", "r-2", "r-3");
            assertThat(fresh.count("buyer:b-1001")).isEqualTo(3);
            assertThat(second.get("/healthz", null).json().path("recovered_events").asLong()).isEqualTo(3);
            var again = second.post("/v1/events", TestServer.INGEST, Events.json(Events.order("r-1", Map.of())));
            assertThat(again.json()).isEqualTo(new TestServer.Response(200, again.headers(), original).json());
            assertThat(fresh.decided()).isEmpty();
        }
    }
}
