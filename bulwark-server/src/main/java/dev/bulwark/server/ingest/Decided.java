package dev.bulwark.server.ingest;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.json.Json;
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
}
