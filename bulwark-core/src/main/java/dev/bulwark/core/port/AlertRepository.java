package dev.bulwark.core.port;

import dev.bulwark.core.decision.Alert;
import java.util.List;
import java.util.Optional;

/** Reads alerts; they are written with their decision through {@link EventJournal#append}. */
public interface AlertRepository {
    /** Alerts matching the query, newest event time first. */
    List<Alert> alerts(AlertQuery query);

    /** One alert by id. */
    Optional<Alert> alert(String id);
}
