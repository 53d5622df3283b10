package dev.bulwark.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.app.Main;
import dev.bulwark.app.node.Http;
import dev.bulwark.app.node.Node;
import dev.bulwark.app.node.NodeSettings;
import dev.bulwark.app.node.Shipped;
import dev.bulwark.app.node.StrategyDirectory;
import dev.bulwark.app.node.TestDatabases;
import dev.bulwark.app.node.TokenFile;
import dev.bulwark.app.node.TrafficFixture;
import dev.bulwark.app.replay.Replay;
import dev.bulwark.core.json.Json;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.server.auth.Role;
import dev.bulwark.sim.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code bulwark export} beside a serving node, on the embedded store and on PostgreSQL, and replaying what it wrote. */
class ExportCommandIT {
    private static final int EVENTS = 60;

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** Runs {@code bulwark args...}; returns the exit code and what it wrote to standard error. */
    private static Map.Entry<Integer, String> bulwark(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute(args);
            return Map.entry(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(Json.mapper().readTree(line));
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportsWhatTheServingNodeStoredAndAReplayOfItDecidesTheSame(String database) throws Exception {
        String url = TestDatabases.fresh(database, dir.resolve("db"));
        List<String> posted = TrafficFixture.events("x", 0, EVENTS);
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        try (Node node = Node.start(new NodeSettings("127.0.0.1", 0, url, Shipped.strategies(), dir.resolve("tokens.txt"),
                false), Clock.systemUTC())) {
            Http ingest = new Http(node.port(), TokenFile.tokenFor(dir.resolve("tokens.txt"), Role.INGEST));
            for (String event : posted) {
                Http.Response r = ingest.post("/v1/events", event);
                assertThat(r.status()).isEqualTo(200);
                stored.put(r.body().get("event_id").asText(), r.body());
            }
            ingest.post("/v1/events", posted.get(3)); // a resubmitted id is stored once

            Path withDecisions = dir.resolve("out/with-decisions.ndjson");
            Files.createDirectories(withDecisions.getParent());
            Map.Entry<Integer, String> run = bulwark("export", "--db", url, "--out", withDecisions.toString(), "--decisions");

            assertThat(run.getKey()).as(run.getValue()).isZero();
            assertThat(run.getValue()).contains("exported 60 of 60 stored events with their decisions to " + withDecisions);
            assertThat(withDecisions.resolveSibling("with-decisions.ndjson.partial")).doesNotExist();
            List<JsonNode> lines = lines(withDecisions);
            assertThat(lines).extracting(l -> l.get("event").get("id").asText())
                    .containsExactlyElementsOf(stored.keySet());
            for (JsonNode line : lines) {
                assertThat(line.get("decision")).isEqualTo(stored.get(line.get("event").get("id").asText()));
            }

            Path events = dir.resolve("out/events.ndjson");
            assertThat(bulwark("export", "--db", url, "--out", events.toString()).getKey()).isZero();
            Map<String, Recorded> replayed = new LinkedHashMap<>();
            Replay.run(events, new StrategyDirectory(Shipped.strategies()).bundle(), Clock.systemUTC(),
                    r -> replayed.put(r.event().id(), r), ProgressListener.NONE);
            assertThat(replayed.keySet()).containsExactlyElementsOf(stored.keySet());
            replayed.forEach((id, r) -> {
                assertThat(r.decision().outcome().key()).as(id).isEqualTo(stored.get(id).get("outcome").asText());
                assertThat(r.decision().score()).as(id).isEqualTo(stored.get(id).get("score").asDouble());
            });
        }
    }

    @Test
    void keepsOnlyTheTypesAndTimesAskedFor() throws Exception {
        Path data = dir.resolve("data");
        List<String> posted = TrafficFixture.events("f", 0, EVENTS);
        try (Node node = Node.start(new NodeSettings("127.0.0.1", 0, dev.bulwark.store.Stores.embeddedUrl(data),
                Shipped.strategies(), dir.resolve("tokens.txt"), false), Clock.systemUTC())) {
            Http ingest = new Http(node.port(), TokenFile.tokenFor(dir.resolve("tokens.txt"), Role.INGEST));
            for (String event : posted) {
                assertThat(ingest.post("/v1/events", event).status()).isEqualTo(200);
            }
        }
        Instant since = TrafficFixture.START.plusSeconds(10 * 20);
        Instant until = TrafficFixture.START.plusSeconds(40 * 20);
        List<String> expected = new ArrayList<>();
        for (String event : posted) {
            JsonNode e = Json.mapper().readTree(event);
            Instant time = Instant.parse(e.get("time").asText());
            String type = e.get("type").asText();
            if ((type.equals("order.placed") || type.equals("account.login")) && !time.isBefore(since) && time.isBefore(until)) {
                expected.add(e.get("id").asText());
            }
        }
        Path out = dir.resolve("some.ndjson");

        Map.Entry<Integer, String> run = bulwark("export", "--data", data.toString(), "--out", out.toString(),
                "--type", "order.placed,account.login", "--since", since.toString(), "--until", until.toString());

        assertThat(run.getKey()).as(run.getValue()).isZero();
        assertThat(expected).hasSizeBetween(15, 25);
        assertThat(lines(out)).extracting(l -> l.get("id").asText()).containsExactlyElementsOf(expected);
        assertThat(run.getValue()).contains("exported " + expected.size() + " of 60 stored events to " + out);
    }

    @Test
    void badOptionsAreRefusedNamingTheOptionAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("never.ndjson");
        Path data = dir.resolve("data");
        Files.createDirectories(data);

        assertThat(bulwark("export", "--data", data.toString(), "--type", "order.placed,parcel.lost", "--out", out.toString()))
                .satisfies(r -> assertThat(r.getKey()).isEqualTo(2))
                .satisfies(r -> assertThat(r.getValue()).contains("--type 'parcel.lost' is not an event type")
                        .contains("chargeback.received"));
        assertThat(bulwark("export", "--data", data.toString(), "--since", "yesterday").getValue())
                .contains("--since 'yesterday' is not an ISO-8601 instant");
        assertThat(bulwark("export", "--data", data.toString(), "--since", "2026-06-02T00:00:00Z",
                "--until", "2026-06-01T00:00:00Z").getValue()).contains("--since must be before --until");
        assertThat(bulwark("export", "--data", data.toString(), "--out", dir.resolve("no/such/dir/x.ndjson").toString()))
                .satisfies(r -> assertThat(r.getKey()).isEqualTo(2))
                .satisfies(r -> assertThat(r.getValue()).contains("--out").contains("there is no directory"));
        Map.Entry<Integer, String> missing = bulwark("export", "--data", dir.resolve("nowhere").toString());
        assertThat(missing.getKey()).isEqualTo(2);
        assertThat(missing.getValue()).contains("there is no data directory at");
        assertThat(dir.resolve("nowhere")).doesNotExist();
        Map.Entry<Integer, String> empty = bulwark("export", "--data", data.toString(), "--out", out.toString());
        assertThat(empty.getKey()).isEqualTo(1);
        assertThat(empty.getValue()).contains("there is no store at");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("never.ndjson.partial")).doesNotExist();
    }
}
