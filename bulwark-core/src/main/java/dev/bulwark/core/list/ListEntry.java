package dev.bulwark.core.list;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One value on a list, who put it there and why, and when it drops off (empty: never). */
public record ListEntry(String value, String reason, String addedBy, Instant addedAt, Optional<Instant> expiresAt) {
    public ListEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the entry is in force at {@code time}. */
    public boolean activeAt(Instant time) {
        return expiresAt.map(time::isBefore).orElse(true);
    }
}
