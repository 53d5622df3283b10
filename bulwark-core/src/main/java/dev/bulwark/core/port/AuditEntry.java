package dev.bulwark.core.port;

import java.time.Instant;
import java.util.Objects;

/** One change made to Bulwark: who, when, what action on which target, and details (never secrets). */
public record AuditEntry(Instant at, String actor, String action, String target, String details) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(details, "details");
    }
}
