package dev.bulwark.core.decision;

import java.util.Locale;
import java.util.Optional;

/** A rung of the enforcement ladder, from the mildest to the most severe. */
public enum EnforcementAction {
    WARN, LIMIT, SUSPEND_CAPABILITY, SUSPEND_ACCOUNT, BAN;

    /** {@link #key()}, computed once rather than on every call. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files, rules and JSON. */
    public String key() {
        return key;
    }

    /** The rung {@code steps} above this one, stopping at {@link #BAN}. */
    public EnforcementAction escalate(int steps) {
        return values()[Math.min(values().length - 1, ordinal() + Math.max(0, steps))];
    }

    /** Parses a lower-case name such as {@code suspend_capability}. */
    public static Optional<EnforcementAction> fromKey(String key) {
        for (EnforcementAction a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
