package dev.bulwark.core.decision;

import java.time.Instant;
import java.util.Objects;

/** Why and by whom an enforcement was lifted. */
public record Reversal(Instant at, String actor, String reason) {
    public Reversal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reason, "reason");
    }
}
