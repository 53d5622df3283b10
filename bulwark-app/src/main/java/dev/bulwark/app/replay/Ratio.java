package dev.bulwark.app.replay;

import java.util.Optional;

/** Ratios that are undefined, rather than zero or NaN, when nothing was counted. */
final class Ratio {
    private Ratio() {
    }

    /** {@code part / whole}, or empty when {@code whole} is zero. */
    static Optional<Double> of(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }

    /** {@code part / whole}, or empty when {@code whole} is zero. */
    static Optional<Double> of(double part, double whole) {
        return whole == 0 ? Optional.empty() : Optional.of(part / whole);
    }
}
