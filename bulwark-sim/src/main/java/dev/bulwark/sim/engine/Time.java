package dev.bulwark.sim.engine;

/** Durations in simulated milliseconds. */
public final class Time {
    /** One second. */
    public static final long SECOND = 1_000L;
    /** One minute. */
    public static final long MINUTE = 60 * SECOND;
    /** One hour. */
    public static final long HOUR = 60 * MINUTE;
    /** One day. */
    public static final long DAY = 24 * HOUR;

    private Time() {
    }
}
