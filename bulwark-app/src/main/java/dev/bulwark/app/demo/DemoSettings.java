package dev.bulwark.app.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the demo.
 *
 * @param host address the node listens on
 * @param port port to listen on; 0 picks a free one
 * @param rate events per second sent to the node
 * @param data directory of the demo's embedded store and token file
 * @param keep whether to keep the store a previous demo left in {@code data}
 * @param seed the simulator's seed
 * @param days simulated days of traffic
 * @param fraudRate multiplier on the simulator's default rate of fraud campaigns
 * @param duration how long to stream before stopping by itself; {@link Duration#ZERO} runs until interrupted
 * @param strategies directory of strategy files
 */
public record DemoSettings(String host, int port, int rate, Path data, boolean keep, long seed, int days,
                           double fraudRate, Duration duration, Path strategies) {
    /** Simulated events per day at scale 1, to size the default run. */
    static final long EVENTS_PER_DAY = 155_000;

    public DemoSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(strategies, "strategies");
        if (rate < 1 || days < 1 || port < 0 || port > 65_535 || duration.isNegative() || !(fraudRate >= 0)) {
            throw new IllegalArgumentException("rate and days must be positive, port within 0..65535, "
                    + "duration and fraud rate not negative");
        }
    }

    /** The simulated days that keep {@code rate} events a second flowing for about {@code minutes} minutes. */
    public static int daysFor(int rate, int minutes) {
        return (int) Math.max(1, Math.ceil((double) rate * minutes * 60 / EVENTS_PER_DAY));
    }

    /** Whether the demo stops by itself. */
    public boolean timed() {
        return !duration.isZero();
    }
}
