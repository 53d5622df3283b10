package dev.bulwark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.app.node.Shipped;
import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.Store;
import dev.bulwark.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole demo in-process: a node on a free port, simulated traffic through its HTTP API, a clean stop. */
class DemoIT {
    /** A running clock whose date is fixed, so the simulated days, and with them the traffic, are the same every run. */
    private static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-02-10T00:00:00Z")));

    @TempDir
    Path dir;

    @Test
    void streamsSimulatedTrafficThroughTheApiReportsItAndStopsCleanly() throws Exception {
        Path data = dir.resolve("demo");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new CommandLine(new DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, CLOCK)).execute(
                "--port", "0", "--data", data.toString(), "--rate", "300", "--duration", "7", "--fraud-rate", "20",
                "--strategies", Shipped.strategies().toString());
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(out).isZero();
        assertThat(out).contains("decisions/s", "top rules", "attacks", "/v1/alerts", "/healthz", "/metrics",
                "Closing the node").doesNotContain("not decided", "no answer", "Exception");
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(Report.WIDTH + 20));
        for (String line : Files.readAllLines(data.resolve("tokens.txt"))) {
            if (!line.startsWith("#")) {
                assertThat(out).doesNotContain(line.split(" ")[2]);
            }
        }
        long decided = decided(out);
        assertThat(decided).isPositive();
        // The node closed its store: SQLite removes the write-ahead log when the last connection closes.
        assertThat(data.resolve("bulwark.db-wal")).doesNotExist();
        try (Store store = Stores.open(Stores.embeddedUrl(data))) {
            assertThat(store.eventCount()).isEqualTo(decided);
            List<Alert> alerts = store.alerts(new AlertQuery(Optional.of(Alert.Status.OPEN), Optional.empty(), 1000, 0));
            assertThat(alerts).isNotEmpty();
            assertThat(out).contains(alerts.size() == 1 ? "1 alert opened" : Report.n(alerts.size()) + " alerts opened");
        }
    }

    @Test
    void aPortInUseIsReportedWithTheWayOut() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = new CommandLine(new DemoCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK))
                    .execute("--port", String.valueOf(taken.getLocalPort()), "--data", dir.resolve("demo").toString(),
                            "--duration", "1", "--strategies", Shipped.strategies().toString());
            assertThat(exit).isEqualTo(2);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is already in use", "--port 0");
    }

    private static long decided(String out) {
        Matcher m = Pattern.compile("events sent, ([0-9,]+) decided").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
