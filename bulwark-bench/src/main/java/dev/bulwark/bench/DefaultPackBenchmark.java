package dev.bulwark.bench;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The shipped strategy pack deciding simulator traffic (every scenario, normal behaviour and planted fraud, about
 * 90,000 buyers, sellers and creators and their devices, cards and addresses): the engine as users run it.
 * Needs {@code -Dbulwark.strategies=<repo>/strategies} when not run from the repository root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class DefaultPackBenchmark {
    @Param({"4"})
    public int days;

    private Engine engine;
    private SimulatedTraffic traffic;
    private long next;

    /** Generates the traffic and warms the engine's state with one pass. */
    @Setup
    public void setUp() {
        traffic = new SimulatedTraffic(1, days);
        engine = Engine.inMemory(SimulatedTraffic.pack(Path.of(System.getProperty("bulwark.strategies", "strategies"))));
        for (; next < traffic.size(); next++) {
            engine.decide(traffic.event(next));
        }
    }

    /** One decision. */
    @Benchmark
    public Recorded decide() {
        return engine.decide(traffic.event(next++));
    }
}
