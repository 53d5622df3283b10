package dev.bulwark.engine.config;

import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.engine.enforcement.Ladder;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code enforcement} section: first rung per severity, duration per rung, and the lookback. */
final class LadderReader {
    private LadderReader() {
    }

    static Ladder read(Node n) {
        n.onlyKeys(Set.of("first_rung", "durations", "lookback"));
        Map<Severity, EnforcementAction> first = new EnumMap<>(Ladder.DEFAULT.firstRung());
        n.child("first_rung").ifPresent(c -> {
            c.onlyKeys(Set.of("low", "medium", "high", "critical"));
            for (Severity s : Severity.values()) {
                c.parsed(s.key(), EnforcementAction::fromKey, RuleReader.keys(EnforcementAction.values()))
                        .ifPresent(a -> first.put(s, a));
            }
        });
        Map<EnforcementAction, Optional<Duration>> durations = new EnumMap<>(Ladder.DEFAULT.durations());
        n.child("durations").ifPresent(c -> {
            c.onlyKeys(Set.copyOf(RuleReader.keys(EnforcementAction.values())));
            for (EnforcementAction a : EnforcementAction.values()) {
                c.optional(a.key()).ifPresent(text -> durations.put(a,
                        text.equals("permanent") ? Optional.empty() : c.duration(a.key()).or(() -> durations.get(a))));
            }
        });
        Duration lookback = n.duration("lookback").orElse(Ladder.DEFAULT.lookback());
        return new Ladder(first, durations, lookback);
    }
}
