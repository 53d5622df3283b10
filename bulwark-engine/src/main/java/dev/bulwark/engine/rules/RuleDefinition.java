package dev.bulwark.engine.rules;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule as written in a strategy file: which scenarios (or event types) it applies to, its CEL expression, the
 * score it adds and/or the outcome it forces, its severity and reason code, who owns it, and its mode.
 */
public record RuleDefinition(String id, String description, List<String> scenarios, String expression, double score,
                             Optional<Outcome> outcome, Severity severity, String reasonCode, String owner,
                             List<String> tags, RuleMode mode, Optional<EnforceSpec> enforce) {
    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(owner, "owner");
        tags = List.copyOf(tags);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(enforce, "enforce");
    }

    /** Whether the rule applies to an event of type {@code eventType} (its scenario or its exact type is listed). */
    public boolean appliesTo(String eventType) {
        int dot = eventType.indexOf('.');
        String scenario = dot < 0 ? eventType : eventType.substring(0, dot);
        return scenarios.contains(eventType) || scenarios.contains(scenario);
    }
}
