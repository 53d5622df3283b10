package dev.bulwark.app.replay;

import java.util.Objects;
import java.util.Optional;

/** A count and the share of its population it is (empty when the population is empty). */
public record Share(long count, Optional<Double> share) {
    public Share {
        Objects.requireNonNull(share, "share");
    }

    static Share of(long count, long population) {
        return new Share(count, Ratio.of(count, population));
    }
}
