package dev.bulwark.engine.rules;

import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.event.EntityType;
import java.util.Objects;
import java.util.Optional;

/** Which of the event's entities a rule enforces on when it matches, and the capability it would suspend. */
public record EnforceSpec(EntityType target, Optional<Capability> capability) {
    public EnforceSpec {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(capability, "capability");
    }
}
