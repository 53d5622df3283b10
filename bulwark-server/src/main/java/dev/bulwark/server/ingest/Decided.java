package dev.bulwark.server.ingest;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A decision as the pipeline answers it: the decision and its JSON, serialised once and both stored and sent.
 * {@code json} is not copied: treat it as read-only.
 */
public record Decided(Decision decision, byte[] json) {
    public Decided {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(json, "json");
    }

    /** A decision read back from the store, serialised for the reply. */
    static Decided of(Decision decision) {
        return new Decided(decision, Json.bytes(decision));
    }

    /** A decision kept as its JSON only (the recent-decisions cache), read back. */
    static Decided parse(byte[] json) {
        try {
            return new Decided(Json.reader().forType(Decision.class).readValue(json), json);
        } catch (IOException e) {
            throw new UncheckedIOException("a cached decision could not be read back", e);
        }
    }
}
