package dev.bulwark.bench;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.engine.Engine;
import dev.bulwark.engine.cel.FeatureSource;
import dev.bulwark.engine.cel.Scope;
import dev.bulwark.engine.rules.CompiledRule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on one thread over the benchmark pack (32 rules and 24 windowed features, all applying to
 * {@code order.placed}): feature updates alone, the rules alone over a warm state, and the whole decision.
 */
@State(org.openjdk.jmh.annotations.Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class EngineBenchmark {
    @Param({"100000"})
    public int buyers;

    private Engine engine;
    private Workload workload;
    private long next;
    private CompiledRule[] rules;
    private FeatureSource reader;
    private EventType orderType;

    /** Builds the engine and warms its state with one pass over the workload. */
    @Setup
    public void setUp() {
        engine = Engine.inMemory(Workload.bundle("/bench-pack.yaml"));
        workload = new Workload(200_000, buyers, 42);
        for (; next < workload.size(); next++) {
            engine.decide(workload.event(next));
        }
        rules = engine.bundle().strategies().get("order").active("order.placed");
        reader = engine.bundle().features().reader(engine.featureStore(), dev.bulwark.engine.EngineMetrics.NONE);
        orderType = EventCatalog.find("order.placed").orElseThrow();
    }

    /** The whole decision: features, 32 rules, strategy, enforcement, alert. */
    @Benchmark
    public Recorded decide() {
        return engine.decide(workload.event(next++));
    }

    /** Feature updates only: the path a replay or a recovery takes. */
    @Benchmark
    public void updateFeatures() {
        engine.observe(workload.event(next++));
    }

    /** The 32 rules over a fresh scope (reading the features they need) without updating any state. */
    @Benchmark
    public void evaluateRules(Blackhole bh) {
        Event event = workload.event(next++);
        Scope scope = engine.bundle().env().scope(event, orderType, reader, engine.enforcements(), engine.lists());
        for (CompiledRule rule : rules) {
            try {
                bh.consume(rule.matches(scope));
            } catch (Exception e) {
                bh.consume(e);
            }
        }
    }
}
