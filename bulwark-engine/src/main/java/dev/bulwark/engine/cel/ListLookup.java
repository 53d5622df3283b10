package dev.bulwark.engine.cel;

import java.time.Instant;

/** Answers list membership at a point in event time. */
public interface ListLookup {
    /** Whether {@code value} is on list {@code list} at {@code time}; false for an unknown list. */
    boolean contains(String list, String value, Instant time);
}
