package dev.bulwark.core.decision;

import dev.bulwark.core.event.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An action on an entity: its rung on the ladder, the capability it suspends (if any), why, from when and for
 * how long (empty for permanent), and its reversal, if it was lifted.
 */
public record Enforcement(String id, EntityRef target, EnforcementAction action, Optional<Capability> capability,
                          String reasonCode, String ruleId, String eventId, Instant start, Optional<Duration> duration,
                          Optional<Reversal> reversal) {
    public Enforcement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(reversal, "reversal");
    }

    /** When it stops of its own accord; empty when it is permanent. */
    public Optional<Instant> end() {
        return duration.map(start::plus);
    }

    /** Whether it is in force at {@code time}: started, not expired and not reversed. */
    public boolean activeAt(Instant time) {
        return reversal.isEmpty() && !time.isBefore(start) && end().map(time::isBefore).orElse(true);
    }

    /** This enforcement, lifted. */
    public Enforcement reversed(Reversal how) {
        return new Enforcement(id, target, action, capability, reasonCode, ruleId, eventId, start, duration, Optional.of(how));
    }
}
