package dev.bulwark.core.port;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import java.util.Objects;
import java.util.Optional;

/** An accepted event together with its decision and the alert the decision opened, written as one unit. */
public record Recorded(Event event, Decision decision, Optional<Alert> alert) {
    public Recorded {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(alert, "alert");
    }
}
