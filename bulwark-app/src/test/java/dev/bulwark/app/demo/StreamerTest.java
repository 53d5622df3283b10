package dev.bulwark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.json.Json;
import dev.bulwark.sim.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streamer against a slow node on a loopback port that first answers "overloaded". */
class StreamerTest {
    private static final int EVENTS = 600;

    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final AtomicBoolean overloadedOnce = new AtomicBoolean();
    private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
    private HttpServer server;

    /** A node that takes 300 ms per batch, refuses the first one whole with 429, and reviews every event. */
    private URI slowNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/v1/events/batch", this::answer);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void answer(HttpExchange exchange) throws IOException {
        most.accumulateAndGet(current.incrementAndGet(), Math::max);
        try {
            JsonNode events = Json.mapper().readTree(exchange.getRequestBody());
            Thread.sleep(300);
            if (overloadedOnce.compareAndSet(false, true)) {
                exchange.getResponseHeaders().add("Retry-After", "0");
                exchange.sendResponseHeaders(429, -1);
                return;
            }
            List<String> items = new ArrayList<>();
            for (JsonNode event : events) {
                accepted.merge(event.get("id").asText(), 1, Integer::sum);
                items.add("{\"index\":" + items.size() + ",\"status\":200,\"decision\":{\"outcome\":\"review\",\"strategy_id\":\"s\"}}");
            }
            byte[] body = ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            current.decrementAndGet();
            exchange.close();
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aSlowNodeGetsAtMostAFewBatchesAtOnceAndEveryEventIsDecidedOnce() throws Exception {
        Tally tally = new Tally();
        CountDownLatch over = new CountDownLatch(1);
        try (HttpClient client = HttpClient.newHttpClient(); Ticker ticker = new Ticker()) {
            Streamer streamer = new Streamer(client, slowNode(), "token", new ListFeed(EVENTS), tally,
                    new AlertPolicy(Map.of("s", Set.of(Outcome.REVIEW))), 2_000, Clock.systemUTC(), over::countDown);
            streamer.start(ticker);
            assertThat(over.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(streamer.stop(Duration.ofSeconds(30))).isTrue();
        }
        Tally.Snapshot s = tally.snapshot();

        assertThat(most.get()).isBetween(1, Streamer.MAX_IN_FLIGHT);
        assertThat(accepted.size()).isEqualTo(EVENTS);
        assertThat(accepted.values()).containsOnly(1);
        assertThat(s.sent()).isEqualTo(EVENTS);
        assertThat(s.decided()).isEqualTo(EVENTS);
        assertThat(s.alerts()).isEqualTo(EVENTS);
        assertThat(s.attackTotal()).isEqualTo(new Tally.Catches(EVENTS / 3, EVENTS / 3));
        assertThat(s.failed() + s.refused()).isZero();
    }

    /** A fixed list of events, every third one an attack. */
    private static final class ListFeed implements Feed {
        private final List<SimEvent> events = new ArrayList<>();
        private int next;

        ListFeed(int count) {
            for (int i = 0; i < count; i++) {
                String id = "e-" + i;
                events.add(new SimEvent(id, "{\"id\":\"" + id + "\"}", i % 3 == 0 ? Role.ATTACK : Role.BENIGN,
                        i % 3 == 0 ? "card_testing" : ""));
            }
        }

        @Override
        public synchronized int drainTo(List<SimEvent> into, int max) {
            int n = Math.min(max, events.size() - next);
            into.addAll(events.subList(next, next + n));
            next += n;
            return n;
        }

        @Override
        public synchronized boolean exhausted() {
            return next == events.size();
        }
    }
}
