package dev.bulwark.engine.features;

import java.util.Locale;
import java.util.Optional;

/** How a feature combines the events it sees. */
public enum Aggregation {
    /** Number of matching events in the window. */
    COUNT(true, false),
    /** Sum of a numeric field over the window. */
    SUM(true, true),
    /** Mean of a numeric field over the window (0 when there is none). */
    AVG(true, true),
    /** Largest value of a numeric field in the window (0 when there is none). */
    MAX(true, true),
    /** Smallest value of a numeric field in the window (0 when there is none). */
    MIN(true, true),
    /** Number of distinct values of a field in the window, exact up to the feature's {@code max_distinct}. */
    DISTINCT(true, true),
    /** Seconds since the entity was first seen by this feature's events. */
    AGE(false, false),
    /** Seconds between the current matching event and the previous one (0 for the first). */
    SINCE_LAST(false, false),
    /** Whether the entity's id (or a field's value) is on a list. */
    IN_LIST(false, false),
    /** A CEL expression over other features. */
    DERIVED(false, false);

    private final boolean windowed;
    private final boolean needsField;

    Aggregation(boolean windowed, boolean needsField) {
        this.windowed = windowed;
        this.needsField = needsField;
    }

    /** Whether the aggregation needs a window. */
    public boolean windowed() {
        return windowed;
    }

    /** Whether the aggregation reads a field of the event. */
    public boolean needsField() {
        return needsField;
    }

    /** The lower-case name used in files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case name such as {@code distinct}. */
    public static Optional<Aggregation> fromKey(String key) {
        for (Aggregation a : values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
