package dev.bulwark.bench;

import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.engine.Engine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the sequencer spends serialising each decided event for the journal and the reply ({@link JournalEntry#of}:
 * the event's JSON, the decision's bytes, the alert's and enforcements' JSON), over the decisions of the shipped
 * pack on simulator traffic (every scenario, so decisions with and without hits, alerts and enforcements). Needs
 * {@code -Dbulwark.strategies=<repo>/strategies} when not run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SerialisationBenchmark {
    private static final int SAMPLE = 1 << 14;

    private Recorded[] decided;
    private int next;

    /** Decides the first {@value #SAMPLE} events of a day of simulator traffic. */
    @Setup
    public void setUp() {
        SimulatedTraffic traffic = new SimulatedTraffic(1, 1);
        Engine engine = Engine.inMemory(SimulatedTraffic.pack(Path.of(System.getProperty("bulwark.strategies", "strategies"))));
        decided = new Recorded[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            decided[i] = engine.decide(traffic.event(i % traffic.size()));
        }
    }

    /** One decided event's journal entry. */
    @Benchmark
    public JournalEntry journalEntry() {
        return JournalEntry.of(decided[next++ & (SAMPLE - 1)]);
    }
}
