package dev.bulwark.app.replay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the strategies cost good users: benign events by the outcome that got in their way, and good users (distinct
 * benign actors that are not malicious entities) who were ever challenged or worse, and ever held or blocked.
 */
public record Friction(long benignEvents, Map<String, Share> benignByOutcome, Share benignFlagged, long goodUsers,
                       Share goodUsersChallengedOrWorse, Share goodUsersHeldOrBlocked) {
    public Friction {
        benignByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(benignByOutcome));
        Objects.requireNonNull(benignFlagged, "benignFlagged");
        Objects.requireNonNull(goodUsersChallengedOrWorse, "goodUsersChallengedOrWorse");
        Objects.requireNonNull(goodUsersHeldOrBlocked, "goodUsersHeldOrBlocked");
    }
}
