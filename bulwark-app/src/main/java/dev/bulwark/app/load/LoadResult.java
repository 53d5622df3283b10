package dev.bulwark.app.load;

import org.HdrHistogram.Histogram;

/** What a load run measured: requests by result, wall time, and the latency histogram in microseconds. */
public record LoadResult(long ok, long rejected, long failed, double seconds, Histogram latencyMicros) {
    /** Successful decisions per second. */
    public double throughput() {
        return ok / seconds;
    }

    /** A latency percentile in milliseconds. */
    public double percentileMillis(double p) {
        return latencyMicros.getValueAtPercentile(p) / 1000.0;
    }

    /** The report printed by {@code bulwark bench}. */
    public String report() {
        return String.format("""
                requests: %,d ok, %,d refused (429), %,d failed, in %.1f s
                throughput: %,.0f decisions/s
                latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f""",
                ok, rejected, failed, seconds, throughput(), percentileMillis(50), percentileMillis(90),
                percentileMillis(99), percentileMillis(99.9), latencyMicros.getMaxValue() / 1000.0);
    }
}
