package dev.bulwark.app.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs decided events with their truth rows. The simulator writes both in the same order, so in the normal case
 * this reads one row per event and holds nothing; rows passed over while looking for an id are kept aside until
 * their event comes, and those never claimed are the truth rows with no event.
 */
final class TruthJoin {
    private final TruthFile file;
    private final Map<String, TruthEvent> passed = new LinkedHashMap<>();

    TruthJoin(TruthFile file) {
        this.file = file;
    }

    /** The truth row of event {@code id}, or empty when the truth file has none. */
    Optional<TruthEvent> find(String id) {
        TruthEvent kept = passed.remove(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        try {
            for (Optional<TruthEvent> row = file.next(); row.isPresent(); row = file.next()) {
                if (row.get().id().equals(id)) {
                    return row;
                }
                passed.put(row.get().id(), row.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    /** Reads to the end of the truth file and returns the event rows no event claimed, in file order. */
    Map<String, TruthEvent> unclaimed() {
        try {
            for (Optional<TruthEvent> row = file.next(); row.isPresent(); row = file.next()) {
                passed.put(row.get().id(), row.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passed;
    }

    /** The malicious entities ({@code type:id}) read so far. */
    Set<String> malicious() {
        return file.malicious();
    }
}
