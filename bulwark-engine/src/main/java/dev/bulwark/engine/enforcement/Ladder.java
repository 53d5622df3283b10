package dev.bulwark.engine.enforcement;

import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Severity;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How severity maps to the first rung, how long each rung lasts (empty: permanent), and how far back earlier
 * offences count towards escalation.
 */
public record Ladder(Map<Severity, EnforcementAction> firstRung, Map<EnforcementAction, Optional<Duration>> durations,
                     Duration lookback) {
    /** Low warns, medium limits, high suspends a capability, critical suspends the account; a year of memory. */
    public static final Ladder DEFAULT = new Ladder(
            Map.of(Severity.LOW, EnforcementAction.WARN, Severity.MEDIUM, EnforcementAction.LIMIT,
                    Severity.HIGH, EnforcementAction.SUSPEND_CAPABILITY, Severity.CRITICAL, EnforcementAction.SUSPEND_ACCOUNT),
            Map.of(EnforcementAction.WARN, Optional.of(Duration.ofDays(1)),
                    EnforcementAction.LIMIT, Optional.of(Duration.ofDays(7)),
                    EnforcementAction.SUSPEND_CAPABILITY, Optional.of(Duration.ofDays(14)),
                    EnforcementAction.SUSPEND_ACCOUNT, Optional.of(Duration.ofDays(30)),
                    EnforcementAction.BAN, Optional.empty()),
            Duration.ofDays(365));

    public Ladder {
        firstRung = new EnumMap<>(firstRung);
        durations = new EnumMap<>(durations);
        Objects.requireNonNull(lookback, "lookback");
        for (Severity s : Severity.values()) {
            if (!firstRung.containsKey(s)) {
                throw new IllegalArgumentException("no first rung for severity " + s.key());
            }
        }
        for (EnforcementAction a : EnforcementAction.values()) {
            if (!durations.containsKey(a)) {
                throw new IllegalArgumentException("no duration for " + a.key());
            }
        }
    }

    /** The rung for an offence of {@code severity} by an entity with {@code priorOffences} earlier ones. */
    public EnforcementAction rung(Severity severity, int priorOffences) {
        return firstRung.get(severity).escalate(priorOffences);
    }
}
