package dev.bulwark.core.decision;

import java.util.Locale;
import java.util.Optional;

/** How serious the abuse a rule detects is; it sets the first rung of the enforcement ladder. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** {@link #key()}, computed once rather than on every call. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and JSON. */
    public String key() {
        return key;
    }

    /** Parses a lower-case name such as {@code high}. */
    public static Optional<Severity> fromKey(String key) {
        for (Severity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
