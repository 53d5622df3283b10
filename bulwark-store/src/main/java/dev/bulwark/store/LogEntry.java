package dev.bulwark.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One event as the {@link EventLog} keeps it: its id, its JSON and its decision's (UTF-8), the alert's JSON when the
 * decision opened one, and whether the entry also writes rows to the database's tables (an alert, enforcements, a
 * label) that must be written again if a crash lost them. The arrays are not copied: treat them as read-only.
 */
record LogEntry(String id, byte[] event, byte[] decision, Optional<byte[]> alert, boolean derived) {
    LogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(alert, "alert");
    }
}
