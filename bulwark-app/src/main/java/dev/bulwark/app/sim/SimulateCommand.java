package dev.bulwark.app.sim;

import dev.bulwark.sim.ConsoleProgressBar;
import dev.bulwark.sim.SimConfig;
import dev.bulwark.sim.SimSummary;
import dev.bulwark.sim.Simulation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark simulate}: a reproducible stream of marketplace events with planted fraud, and its ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a marketplace with planted fraud: writes DIR/events.ndjson and DIR/truth.csv, reproducibly from the seed.")
public final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed and options give the same files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", defaultValue = "7", description = "Simulated days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--scale", defaultValue = "1.0", description = "Population multiplier; 1 is 80,000 buyers and about 155,000 events a day (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--start", description = "First simulated instant, e.g. 2026-01-05T00:00:00Z (default: that).")
    Instant start;

    @Option(names = "--fraud-rate", defaultValue = "1.0", description = "Multiplier on every typology's default rate (default: ${DEFAULT-VALUE}).")
    double fraudRate;

    @Option(names = "--drift-start", defaultValue = "0.6", description = "Fraction of the run after which the new attack pattern starts (default: ${DEFAULT-VALUE}).")
    double driftStart;

    @Option(names = "--out", required = true, description = "Directory to write events.ndjson and truth.csv into.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || scale <= 0 || fraudRate < 0 || driftStart < 0 || driftStart > 1) {
            System.err.println("bulwark: --days and --scale must be positive, --fraud-rate not negative, --drift-start within 0..1");
            return 2;
        }
        SimConfig config = SimConfig.defaults(seed, days).withScale(scale).withDriftStart(driftStart);
        config = config.withRates(config.rates().times(fraudRate));
        if (start != null) {
            config = config.withStart(start);
        }
        SimSummary s = Simulation.run(config, out, new ConsoleProgressBar(System.err));
        System.out.printf("simulated %d days: %,d events (%,d attack) in %.1f s, %,.0f events/s%n", days, s.events(),
                s.attackEvents(), s.elapsed().toMillis() / 1000.0, s.eventsPerSecond());
        System.out.printf("  %d rings, %,d malicious entities%n", s.rings(), s.maliciousEntities());
        System.out.println("  attack events by typology:");
        s.attackEventsByTypology().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("    %-22s %,d%n", e.getKey(), e.getValue()));
        System.out.println("  wrote " + out.resolve("events.ndjson") + " and " + out.resolve("truth.csv"));
        return 0;
    }
}
