package dev.bulwark.app.replay;

import java.util.Locale;

/** The part an event plays in the simulator's ground truth. */
public enum Role {
    /** A step of an attack: should be flagged. */
    ATTACK,
    /** A fraud actor doing something innocent-looking: neither a hit nor a miss. */
    COVER,
    /** A good user, or an honest party acting on a fraudulent order: should be let through. */
    BENIGN,
    /** A delayed outcome (a label or a chargeback): not a decision to score. */
    LABEL;

    /** Parses a role as {@code truth.csv} writes it ({@code attack}, {@code cover}, {@code benign}, {@code label}). */
    public static Role parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (expected attack, cover, benign or label)", e);
        }
    }
}
