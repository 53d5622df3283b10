package dev.bulwark.server.metrics;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.server.ingest.IngestMetrics;
import dev.bulwark.server.ingest.IngestStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** The server's meters over a Prometheus registry; also what the ingest pipeline reports into. */
public final class ServerMetrics implements IngestMetrics, AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<Outcome, Counter> decisions = new EnumMap<>(Outcome.class);
    private final Counter duplicates;
    private final Counter appendFailures;
    private final Counter decideFailures;
    private final DistributionSummary batchSizes;
    private final Timer appendLatency;

    /** Meters in {@code registry}, with JVM and process metrics bound. */
    public ServerMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        for (Outcome outcome : Outcome.values()) {
            decisions.put(outcome, Counter.builder("bulwark.decisions").description("Durable decisions by outcome")
                    .tag("outcome", outcome.key()).register(registry));
        }
        duplicates = Counter.builder("bulwark.ingest.duplicates")
                .description("Resubmitted event ids answered with their original decision").register(registry);
        appendFailures = Counter.builder("bulwark.journal.append.failures")
                .description("Journal appends that threw").register(registry);
        decideFailures = Counter.builder("bulwark.decide.failures")
                .description("Events on which the decision path threw").register(registry);
        batchSizes = DistributionSummary.builder("bulwark.journal.batch.size").description("Events per journal append")
                .serviceLevelObjectives(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500).register(registry);
        appendLatency = Timer.builder("bulwark.journal.append").description("Journal append latency")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
                        Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofSeconds(1))
                .register(registry);
    }

    /** Reports the ingest queue depth and whether the pipeline accepts events. */
    public void watch(Supplier<IngestStatus> status) {
        Gauge.builder("bulwark.ingest.queue.depth", () -> status.get().queueDepth())
                .description("Events accepted but not yet durable").register(registry);
        Gauge.builder("bulwark.ingest.queue.capacity", () -> status.get().queueCapacity())
                .description("Events that may be in flight at once").register(registry);
        Gauge.builder("bulwark.ingest.accepting", () -> status.get().accepting() ? 1 : 0)
                .description("1 when events are accepted, 0 while recovering, stopping or failed").register(registry);
    }

    /** Reports how many client connections wait on no answer ({@code IdleConnections}). */
    public void watchConnections(IntSupplier idle) {
        Gauge.builder("bulwark.http.idle.connections", idle::getAsInt)
                .description("Client connections the front door serves that are open and owed no answer").register(registry);
    }

    /** The registry, for adapters (such as the engine's metrics) to add their meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void decided(Decision decision) {
        decisions.get(decision.outcome()).increment();
    }

    @Override
    public void duplicate() {
        duplicates.increment();
    }

    @Override
    public void rejected(String reason, int events) {
        Counter.builder("bulwark.ingest.rejected").description("Events refused before entering the queue")
                .tag("reason", reason).register(registry).increment(events);
    }

    @Override
    public void committed(int size, long nanos) {
        batchSizes.record(size);
        appendLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void appendFailed(int size) {
        appendFailures.increment();
    }

    @Override
    public void decideFailed() {
        decideFailures.increment();
    }

    @Override
    public void close() {
        gc.close();
    }
}
