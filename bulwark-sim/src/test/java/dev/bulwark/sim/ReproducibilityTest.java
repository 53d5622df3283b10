package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibilityTest {
    private static final SimConfig CONFIG = SimConfig.defaults(42, 2).withScale(0.05)
            .withRates(FraudRates.defaults().times(8));

    @Test
    void the_same_seed_and_configuration_produce_identical_bytes(@TempDir Path tmp) throws IOException {
        Simulation.run(CONFIG, tmp.resolve("a"), ProgressListener.NONE);
        Simulation.run(CONFIG, tmp.resolve("b"), ProgressListener.NONE);

        assertThat(Files.mismatch(tmp.resolve("a/events.ndjson"), tmp.resolve("b/events.ndjson"))).isEqualTo(-1L);
        assertThat(Files.mismatch(tmp.resolve("a/truth.csv"), tmp.resolve("b/truth.csv"))).isEqualTo(-1L);
        assertThat(Files.size(tmp.resolve("a/events.ndjson"))).isGreaterThan(100_000);
    }

    @Test
    void another_seed_produces_another_stream(@TempDir Path tmp) throws IOException {
        Simulation.run(CONFIG, tmp.resolve("a"), ProgressListener.NONE);
        Simulation.run(CONFIG.withSeed(43), tmp.resolve("b"), ProgressListener.NONE);

        assertThat(Files.mismatch(tmp.resolve("a/events.ndjson"), tmp.resolve("b/events.ndjson"))).isNotEqualTo(-1L);
    }

    @Test
    void streaming_yields_the_same_lines_and_rows_as_the_files(@TempDir Path tmp) throws IOException {
        SimConfig small = SimConfig.defaults(7, 1).withScale(0.03).withRates(FraudRates.defaults().times(5));
        Simulation.run(small, tmp, ProgressListener.NONE);
        StringBuilder events = new StringBuilder();
        StringBuilder truth = new StringBuilder(TruthRow.HEADER).append('\n');
        dev.bulwark.sim.output.TruthCsv csv = new dev.bulwark.sim.output.TruthCsv();

        SimSummary summary = Simulation.stream(small, line -> events.append(line).append('\n'),
                row -> truth.append(csv.line(row)).append('\n'), ProgressListener.NONE);

        assertThat(events.toString()).isEqualTo(Files.readString(tmp.resolve("events.ndjson")));
        assertThat(truth.toString()).isEqualTo(Files.readString(tmp.resolve("truth.csv")));
        assertThat(summary.events()).isEqualTo(events.chars().filter(c -> c == '\n').count());
    }
}
