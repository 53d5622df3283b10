package dev.bulwark.app.replay;

import java.util.Objects;
import java.util.Optional;

/** Attack value of one kind, in US dollars: all of it, the part blocked or held, and the share caught. */
public record ValueCaught(String source, long attackEvents, double attackUsd, long caughtEvents, double caughtUsd,
                          Optional<Double> share) {
    public ValueCaught {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(share, "share");
    }
}
