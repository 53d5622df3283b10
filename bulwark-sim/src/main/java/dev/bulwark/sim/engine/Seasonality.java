package dev.bulwark.sim.engine;

/** Daily and weekly activity curves: a multiplier around 1 for a local hour and day of the week. */
public final class Seasonality {
    /** Relative activity per local hour, 00 to 23: quiet nights, a lunch bump and an evening peak. */
    private static final double[] HOURLY = {
        0.35, 0.22, 0.15, 0.11, 0.10, 0.14, 0.30, 0.55, 0.80, 0.95, 1.05, 1.15,
        1.30, 1.20, 1.10, 1.10, 1.15, 1.25, 1.45, 1.70, 1.95, 2.00, 1.60, 0.90};
    /** Relative activity per day of the week, Monday first: weekends shop more. */
    private static final double[] WEEKLY = {0.90, 0.93, 0.96, 0.98, 1.05, 1.13, 1.05};
    private static final double HOURLY_MEAN = mean(HOURLY);
    private static final double WEEKLY_MEAN = mean(WEEKLY);
    /** Epoch day 0 (1970-01-01) was a Thursday: index 3 with Monday as 0. */
    private static final int EPOCH_DOW = 3;

    private Seasonality() {
    }

    /** The activity multiplier at {@code millis} for a region {@code tzHours} from UTC; averages 1 over a week. */
    public static double factor(long millis, int tzHours) {
        long local = millis + tzHours * Time.HOUR;
        int hour = (int) Math.floorMod(local / Time.HOUR, 24L);
        int dow = (int) Math.floorMod(Math.floorDiv(local, Time.DAY) + EPOCH_DOW, 7L);
        double next = HOURLY[(hour + 1) % 24];
        double frac = (double) Math.floorMod(local, Time.HOUR) / Time.HOUR;
        double h = HOURLY[hour] * (1 - frac) + next * frac;
        return (h / HOURLY_MEAN) * (WEEKLY[dow] / WEEKLY_MEAN);
    }

    /** The local hour (0 to 23) at {@code millis} for a region {@code tzHours} from UTC. */
    public static int localHour(long millis, int tzHours) {
        return (int) Math.floorMod((millis + tzHours * Time.HOUR) / Time.HOUR, 24L);
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }
}
