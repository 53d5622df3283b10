package dev.bulwark.core.port;

import dev.bulwark.core.decision.Alert;
import java.util.Objects;
import java.util.Optional;

/** Which alerts to list: optional status and event type filters, newest first, a page at a time. */
public record AlertQuery(Optional<Alert.Status> status, Optional<String> eventType, int limit, int offset) {
    public AlertQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(eventType, "eventType");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
    }
}
