package dev.bulwark.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.json.Json;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import dev.bulwark.engine.Engine;
import dev.bulwark.server.auth.Role;
import dev.bulwark.store.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a serving node with SIGKILL while events stream in, starts it again on the same data, and checks that every
 * acknowledged event and decision is there and that decisions after the restart equal those of a run that never
 * crashed (a fresh engine fed the journal in order).
 */
class CrashRecoveryIT {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedDecisionSurvivesKillNineAndLaterDecisionsMatchAnUncrashedRun() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("node.log");
        int port = ChildNode.freePort();
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();
        List<String> events = TrafficFixture.events("c", 0, 3000);
        try (ChildNode first = ChildNode.start(data, port, Shipped.strategies(), log)) {
            Http ingest = first.client(Role.INGEST);
            AtomicBoolean stop = new AtomicBoolean();
            Thread poster = new Thread(() -> post(ingest, events, acknowledged, stop));
            poster.start();
            while (acknowledged.size() < 400) {
                Thread.sleep(20);
            }
            first.kill();
            stop.set(true);
            poster.join();
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(400);
        Map<String, JsonNode> afterRestart = new LinkedHashMap<>();
        try (ChildNode second = ChildNode.start(data, port, Shipped.strategies(), log)) {
            Http analyst = second.client(Role.ANALYST);
            for (Map.Entry<String, JsonNode> ack : acknowledged.entrySet()) {
                Http.Response stored = analyst.get("/v1/decisions/" + ack.getKey());
                assertThat(stored.status()).as("decision for acknowledged %s", ack.getKey()).isEqualTo(200);
                assertThat(stored.body()).isEqualTo(ack.getValue());
            }
            Http ingest = second.client(Role.INGEST);
            for (String e : TrafficFixture.events("after", 3000, 3300)) {
                Http.Response r = ingest.post("/v1/events", e);
                assertThat(r.status()).isEqualTo(200);
                afterRestart.put(r.body().get("event_id").asText(), r.body());
            }
        }
        Map<String, JsonNode> uncrashed = decideJournalAfresh(data);
        assertThat(afterRestart).isNotEmpty();
        afterRestart.forEach((id, served) -> assertThat(withoutLatency(served)).as(id).isEqualTo(withoutLatency(uncrashed.get(id))));
        acknowledged.forEach((id, served) -> assertThat(withoutLatency(served)).as(id).isEqualTo(withoutLatency(uncrashed.get(id))));
    }

    private static void post(Http ingest, List<String> events, Map<String, JsonNode> acknowledged, AtomicBoolean stop) {
        for (int i = 0; i < events.size() && !stop.get(); i += 20) {
            String batch = "[" + String.join(",", events.subList(i, Math.min(events.size(), i + 20))) + "]";
            try {
                Http.Response r = ingest.post("/v1/events/batch", batch);
                if (r.status() == 200) {
                    for (JsonNode item : r.body()) {
                        JsonNode decision = item.has("decision") ? item.get("decision") : item;
                        if (decision.has("event_id")) {
                            acknowledged.put(decision.get("event_id").asText(), decision);
                        }
                    }
                }
            } catch (Exception killed) {
                return;
            }
        }
    }

    /** Every stored event, in journal order, decided by a fresh engine that never crashed. */
    private static Map<String, JsonNode> decideJournalAfresh(Path data) {
        Engine engine = Engine.inMemory(new StrategyDirectory(Shipped.strategies()).bundle());
        List<Event> journal = new ArrayList<>();
        try (Store store = Stores.open(Stores.embeddedUrl(data))) {
            store.replay(journal::add);
        }
        Map<String, JsonNode> decisions = new LinkedHashMap<>();
        for (Event e : journal) {
            Recorded r = engine.decide(e);
            decisions.put(e.id(), Json.mapper().valueToTree(r.decision()));
        }
        return decisions;
    }

    private static JsonNode withoutLatency(JsonNode decision) {
        ObjectNode copy = decision.deepCopy();
        copy.remove("latency_nanos");
        return copy;
    }

}
