package dev.bulwark.core.decision;

import java.util.Locale;
import java.util.Optional;

/** Something an account can do that an enforcement may suspend on its own. */
public enum Capability {
    CHECKOUT, SELLING, PAYOUTS, LIVE_GIFTING, COMMISSIONS;

    /** {@link #key()}, computed once rather than on every call. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files, rules and JSON. */
    public String key() {
        return key;
    }

    /** Parses a lower-case name such as {@code live_gifting}. */
    public static Optional<Capability> fromKey(String key) {
        for (Capability c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
