package dev.bulwark.server.port;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.Recorded;

/** The decision path as the server sees it; single-threaded: called only from the sequencer thread. */
public interface DecisionPath {
    /** Decides one accepted event, updating feature state, and returns what is to be journalled. */
    Recorded decide(Event event);

    /** Updates feature state only; used to rebuild state from the journal at start. */
    void observe(Event event);
}
