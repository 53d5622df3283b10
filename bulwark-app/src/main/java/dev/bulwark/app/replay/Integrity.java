package dev.bulwark.app.replay;

import java.util.List;

/**
 * Whether the events and the truth file describe the same stream: decided events with no truth row and truth event
 * rows with no decided event, each counted with the first few ids. Either is an error.
 */
public record Integrity(long eventsWithoutTruth, List<String> eventsWithoutTruthSample, long truthWithoutEvent,
                        List<String> truthWithoutEventSample) {
    /** How many ids each sample keeps. */
    static final int SAMPLE = 10;

    public Integrity {
        eventsWithoutTruthSample = List.copyOf(eventsWithoutTruthSample);
        truthWithoutEventSample = List.copyOf(truthWithoutEventSample);
    }

    /** Whether every event had exactly its truth row. */
    public boolean consistent() {
        return eventsWithoutTruth == 0 && truthWithoutEvent == 0;
    }
}
