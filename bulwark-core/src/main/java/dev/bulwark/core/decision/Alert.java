package dev.bulwark.core.decision;

import dev.bulwark.core.event.EntityRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One detection awaiting review, opened by a decision whose outcome asks for a person to look. */
public record Alert(String id, String eventId, String eventType, Instant eventTime, Outcome outcome, double score,
                   List<String> reasonCodes, List<EntityRef> entities, String strategyId, String strategyVersion,
                   Status status) {
    /** Where an alert stands; later issues add the states that cases need. */
    public enum Status { OPEN, CLOSED }

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(outcome, "outcome");
        reasonCodes = List.copyOf(reasonCodes);
        entities = List.copyOf(entities);
        Objects.requireNonNull(strategyId, "strategyId");
        Objects.requireNonNull(strategyVersion, "strategyVersion");
        Objects.requireNonNull(status, "status");
    }

    /** The identifier of the alert a decision on {@code eventId} opens: stable, so replays open the same alert. */
    public static String idFor(String eventId) {
        return "al_" + eventId;
    }
}
