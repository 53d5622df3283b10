package dev.bulwark.sim;

import java.util.Locale;

/** What a row of {@code truth.csv} is: part of an attack, a fraud actor's cover, good traffic, or a delayed label. */
public enum Role {
    /** A step of an attack. */
    ATTACK,
    /** An innocent-looking action of a fraud actor. */
    COVER,
    /** Good traffic, including good users that look odd. */
    BENIGN,
    /** A delayed outcome: a {@code label} event or a {@code chargeback.received}; evaluation skips these. */
    LABEL;

    /** The lower-case name written to {@code truth.csv}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
