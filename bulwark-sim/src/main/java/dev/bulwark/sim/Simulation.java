package dev.bulwark.sim;

import dev.bulwark.sim.behaviour.Arrivals;
import dev.bulwark.sim.behaviour.World;
import dev.bulwark.sim.fraud.Campaigns;
import dev.bulwark.sim.output.EventSink;
import dev.bulwark.sim.output.FileSink;
import dev.bulwark.sim.output.Tally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs the marketplace simulation: a seeded discrete-event simulation of good traffic with fraud campaigns
 * planted at configured rates. Output is deterministic: the same {@link SimConfig} always yields the same bytes.
 *
 * <p>{@link #run} writes {@code events.ndjson} (one CloudEvents 1.0 JSON object per line, times non-decreasing)
 * and {@code truth.csv} (see {@link TruthRow}) into a directory. {@link #stream} hands the same lines and rows
 * to callbacks instead, on the calling thread and in the same order, for demos that feed a live engine.
 */
public final class Simulation {
    private static final int REPORT_EVERY = 8192;

    private Simulation() {
    }

    /** Runs {@code config}, writing {@code events.ndjson} and {@code truth.csv} into {@code outDir}. */
    public static SimSummary run(SimConfig config, Path outDir, ProgressListener progress) {
        try (FileSink sink = new FileSink(outDir)) {
            return execute(config, sink, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code config}, passing each event's JSON line to {@code events} and each truth row to {@code truth}
     * in file order (a malicious entity's row just before the event that introduces it, an event's row just
     * after the event). The callbacks run on the calling thread; the method returns when the run is over.
     */
    public static SimSummary stream(SimConfig config, Consumer<String> events, Consumer<TruthRow> truth,
                                    ProgressListener progress) {
        EventSink sink = new EventSink() {
            @Override
            public void event(StringBuilder json) {
                events.accept(json.toString());
            }

            @Override
            public void truth(TruthRow row) {
                truth.accept(row);
            }
        };
        return execute(config, sink, progress);
    }

    private static SimSummary execute(SimConfig config, EventSink sink, ProgressListener progress) {
        long started = System.nanoTime();
        World world = new World(config, sink);
        new Arrivals(world).start();
        new Campaigns(world).start();
        Tally tally = world.emitter.tally();
        long steps = 0;
        while (world.clock.step()) {
            if (++steps % REPORT_EVERY == 0) {
                progress.progress(world.clock.fraction(), tally.events());
            }
        }
        progress.done(tally.events());
        return new SimSummary(tally.events(), tally.byType(), tally.attacksByTypology(), tally.entities(),
                tally.entitiesByType(), tally.rings(), Duration.ofDays(config.days()),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
