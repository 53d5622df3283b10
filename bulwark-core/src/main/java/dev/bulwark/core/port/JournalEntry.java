package dev.bulwark.core.port;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.json.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded event with its JSON bodies written once, up front: the journal stores these bodies and the API sends
 * the decision's bytes as its reply, so nothing is serialised twice and the single journal writer serialises
 * nothing (the server's sequencer builds the entries). The event's and the decision's bodies are UTF-8 bytes, which
 * the embedded store binds as they are (no string is built to be encoded again); they are not copied: treat them as
 * read-only.
 */
public record JournalEntry(Recorded recorded, byte[] eventJson, byte[] decisionJson, Optional<String> alertJson,
                           List<String> enforcementJsons) {
    public JournalEntry {
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(eventJson, "eventJson");
        Objects.requireNonNull(decisionJson, "decisionJson");
        Objects.requireNonNull(alertJson, "alertJson");
        enforcementJsons = List.copyOf(enforcementJsons);
        if (enforcementJsons.size() != recorded.decision().enforcements().size()) {
            throw new IllegalArgumentException("one JSON body per enforcement of the decision is needed");
        }
    }

    /** Serialises the event, its decision, the alert and each enforcement. */
    public static JournalEntry of(Recorded recorded) {
        List<Enforcement> enforcements = recorded.decision().enforcements();
        return new JournalEntry(recorded, Json.bytes(recorded.event().toJsonMap()), Json.bytes(recorded.decision()),
                recorded.alert().map(Json::write), enforcements.isEmpty() ? List.of() : enforcements.stream().map(Json::write).toList());
    }
}
