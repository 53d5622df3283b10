package dev.bulwark.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.server.auth.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A whole node — store, engine with the shipped pack, server — on the embedded store and on PostgreSQL. */
class NodeIT {
    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    private Node start(String database, Path strategies) throws Exception {
        return Node.start(new NodeSettings("127.0.0.1", 0, TestDatabases.fresh(database, dir.resolve("db")), strategies,
                dir.resolve("tokens.txt"), false), Clock.systemUTC());
    }

    private Http client(Node node, Role role) throws IOException {
        return new Http(node.port(), TokenFile.tokenFor(dir.resolve("tokens.txt"), role));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void decisionsAreStoredAndAResubmittedIdReturnsTheOriginal(String database) throws Exception {
        try (Node node = start(database, Shipped.strategies())) {
            Http ingest = client(node, Role.INGEST);
            List<String> events = TrafficFixture.events("n", 0, 60);
            JsonNode last = null;
            for (String e : events) {
                Http.Response r = ingest.post("/v1/events", e);
                assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
                last = r.body();
            }
            Http.Response again = ingest.post("/v1/events", events.get(59));
            assertThat(again.body()).isEqualTo(last);
            assertThat(client(node, Role.ANALYST).get("/v1/decisions/n-59").body()).isEqualTo(last);
            assertThat(node.engine().featureStore().size()).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBadStrategyFileIsRejectedWholeAndThePreviousVersionKeepsServing(String database) throws Exception {
        Path strategies = copy(Shipped.strategies(), dir.resolve("strategies"));
        try (Node node = start(database, strategies)) {
            Http admin = client(node, Role.ADMIN);
            String before = node.engine().bundle().version();
            Path rules = strategies.resolve("transactions.yaml");
            String good = Files.readString(rules);
            Files.writeString(rules, good.replace("features.buyer_orders_1h >= 5.0", "features.buyer_orders_1hour >= 5.0"));
            Http.Response rejected = admin.post("/v1/admin/reload", "{}");
            assertThat(rejected.status()).isEqualTo(422);
            assertThat(rejected.body().get("errors").toString()).contains("transactions.yaml").contains("buyer_orders_1hour");
            assertThat(node.engine().bundle().version()).isEqualTo(before);
            assertThat(client(node, Role.INGEST).post("/v1/events", TrafficFixture.events("r", 0, 1).getFirst()).status())
                    .isEqualTo(200);
            Files.writeString(rules, good.replace("features.buyer_orders_1h >= 5.0", "features.buyer_orders_1h >= 6.0"));
            Http.Response reloaded = admin.post("/v1/admin/reload", "{}");
            assertThat(reloaded.status()).isEqualTo(200);
            assertThat(reloaded.body().get("version").asText()).isNotEqualTo(before).isEqualTo(node.engine().bundle().version());
            assertThat(admin.get("/v1/audit?limit=5").body().toString()).contains("strategy.reload");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aListEntryAddedThroughTheApiChangesTheNextDecision(String database) throws Exception {
        try (Node node = start(database, Shipped.strategies())) {
            Http ingest = client(node, Role.INGEST);
            String order = TrafficFixture.events("l", 0, 1).getFirst();
            assertThat(ingest.post("/v1/events", order).body().get("outcome").asText()).isEqualTo("allow");
            Http.Response added = client(node, Role.ANALYST).post("/v1/lists/blocked_devices/entries",
                    "[{\"value\":\"d-0\",\"reason\":\"confirmed card testing\"}]");
            assertThat(added.status()).as(added.body().toString()).isBetween(200, 204);
            String next = TrafficFixture.events("l", 15, 16).getFirst(); // an order from d-0 again
            JsonNode decision = ingest.post("/v1/events", next).body();
            assertThat(decision.get("outcome").asText()).isEqualTo("block");
            assertThat(decision.get("hits").toString()).contains("BLOCKED_ENTITY");
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
