package dev.bulwark.server.port;

import dev.bulwark.core.list.ListEntry;

/**
 * Where list changes made through the API go after the store, so the engine sees them at once. Called from HTTP
 * threads, concurrently with {@link DecisionPath#decide} on the sequencer thread: implementations must be thread-safe.
 */
public interface ListMembership {
    /** A value was added to a list or its entry replaced. */
    void put(String list, ListEntry entry);

    /** A value was removed from a list (also called for every entry of a deleted list). */
    void remove(String list, String value);
}
