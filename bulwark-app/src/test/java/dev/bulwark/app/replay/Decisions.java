package dev.bulwark.app.replay;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.Recorded;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Synthetic decided events for evaluator tests: an event, the outcome it got, the rules that matched. */
final class Decisions {
    static final Instant T = Instant.parse("2026-01-05T00:00:00Z");

    private Decisions() {
    }

    /** A decision on {@code type} with {@code data}, the given outcome and active rule ids. */
    static Recorded decided(String id, String type, Map<String, Object> data, Outcome outcome, String... rules) {
        return recorded(id, type, data, outcome, hits(rules), List.of());
    }

    /** As {@link #decided}, with shadow rule ids as well. */
    static Recorded withShadow(String id, String type, Outcome outcome, List<String> rules, List<String> shadow) {
        return recorded(id, type, Map.of(), outcome, hits(rules.toArray(String[]::new)), hits(shadow.toArray(String[]::new)));
    }

    private static Recorded recorded(String id, String type, Map<String, Object> data, Outcome outcome,
                                     List<RuleHit> hits, List<RuleHit> shadow) {
        Event event = new Event(id, type, "test", T, data);
        Decision d = new Decision(id, type, T, outcome, 0, hits, shadow, List.of(), Map.of(), List.of(), "s", "1", 0);
        Optional<Alert> alert = outcome == Outcome.REVIEW || outcome == Outcome.HOLD
                ? Optional.of(new Alert(Alert.idFor(id), id, type, T, outcome, 0, List.of(), List.of(), "s", "1",
                        Alert.Status.OPEN))
                : Optional.empty();
        return new Recorded(event, d, alert);
    }

    private static List<RuleHit> hits(String... rules) {
        return Arrays.stream(rules)
                .map(r -> new RuleHit(r, r.toUpperCase(Locale.ROOT), Severity.LOW, 10, Optional.empty()))
                .toList();
    }
}
