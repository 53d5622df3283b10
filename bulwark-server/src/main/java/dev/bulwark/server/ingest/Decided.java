package dev.bulwark.server.ingest;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.json.Json;
import java.util.Arrays;
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

    /** Equal when the decisions are and the JSON holds the same bytes (a record compares arrays by reference). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Decided d && decision.equals(d.decision) && Arrays.equals(json, d.json);
    }

    @Override
    public int hashCode() {
        return 31 * decision.hashCode() + Arrays.hashCode(json);
    }

    @Override
    public String toString() {
        return "Decided[decision=" + decision + ", json=" + json.length + " bytes]";
    }

    /** A decision read back from the store, serialised for the reply. */
    static Decided of(Decision decision) {
        return new Decided(decision, Json.bytes(decision));
    }
}
