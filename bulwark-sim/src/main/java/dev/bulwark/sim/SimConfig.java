package dev.bulwark.sim;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything that determines a simulation run: the same configuration always produces byte-identical output.
 *
 * @param seed seed of the single random generator
 * @param days simulated days
 * @param scale population multiplier; scale 1 is about 80 000 buyers and 155 000 events a day
 * @param start simulated instant of the first event
 * @param rates fraud campaigns per day per typology at scale 1
 * @param driftStart fraction of the run after which the drift pattern ({@link Typology#isDrift()}) starts
 * @param warmup fraction of the run (capped at two days) before which no fraud campaign starts
 * @param investigationRate fraction of malicious accounts an investigation later labels in the stream
 */
public record SimConfig(long seed, int days, double scale, Instant start, FraudRates rates, double driftStart,
                        double warmup, double investigationRate) {
    /** The default start of the simulated clock. */
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

    public SimConfig {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rates, "rates");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("scale must be in (0, 1000]");
        }
        requireFraction("driftStart", driftStart);
        requireFraction("warmup", warmup);
        requireFraction("investigationRate", investigationRate);
    }

    /** Defaults for the given seed and length: scale 1, the default start, default rates, drift from 60%. */
    public static SimConfig defaults(long seed, int days) {
        return new SimConfig(seed, days, 1.0, DEFAULT_START, FraudRates.defaults(), 0.6, 0.1, 0.35);
    }

    /** This configuration with another population scale. */
    public SimConfig withScale(double newScale) {
        return new SimConfig(seed, days, newScale, start, rates, driftStart, warmup, investigationRate);
    }

    /** This configuration with another start instant. */
    public SimConfig withStart(Instant newStart) {
        return new SimConfig(seed, days, scale, newStart, rates, driftStart, warmup, investigationRate);
    }

    /** This configuration with other fraud rates. */
    public SimConfig withRates(FraudRates newRates) {
        return new SimConfig(seed, days, scale, start, newRates, driftStart, warmup, investigationRate);
    }

    /** This configuration with another drift start fraction. */
    public SimConfig withDriftStart(double fraction) {
        return new SimConfig(seed, days, scale, start, rates, fraction, warmup, investigationRate);
    }

    /** This configuration with another seed. */
    public SimConfig withSeed(long newSeed) {
        return new SimConfig(newSeed, days, scale, start, rates, driftStart, warmup, investigationRate);
    }

    /** The simulated instant at which the run ends (exclusive). */
    public Instant end() {
        return start.plusSeconds(86_400L * days);
    }

    private static void requireFraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }
}
