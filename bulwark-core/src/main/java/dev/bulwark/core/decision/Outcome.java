package dev.bulwark.core.decision;

import java.util.Locale;
import java.util.Optional;

/** What the marketplace should do with an event, from least to most severe. */
public enum Outcome {
    /** Let it through. */
    ALLOW,
    /** Ask for step-up verification before letting it through. */
    CHALLENGE,
    /** Let it through and open an alert for an investigator. */
    REVIEW,
    /** Delay the money or goods it moves (payout, shipment, commission) until reviewed. */
    HOLD,
    /** Refuse it. */
    BLOCK;

    /** {@link #key()}, computed once rather than on every call (the journal writes an outcome's per event). */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and JSON. */
    public String key() {
        return key;
    }

    /** The more severe of this and {@code other}. */
    public Outcome max(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Parses a lower-case name such as {@code review}. */
    public static Optional<Outcome> fromKey(String key) {
        for (Outcome o : values()) {
            if (o.key().equals(key)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
