package dev.bulwark.engine.rules;

import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.engine.cel.Condition;
import dev.bulwark.engine.cel.Scope;
import java.util.Objects;

/** A rule ready to run: its definition, its compiled condition, and the hit it reports when it matches. */
public record CompiledRule(RuleDefinition definition, Condition condition, RuleHit hit) {
    public CompiledRule {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(hit, "hit");
    }

    /** A compiled rule whose hit is derived from its definition. */
    public static CompiledRule of(RuleDefinition definition, Condition condition) {
        return new CompiledRule(definition, condition, new RuleHit(definition.id(), definition.reasonCode(),
                definition.severity(), definition.score(), definition.outcome()));
    }

    /** Whether the rule matches the scope's event; throws {@link Condition.Failed} when it cannot be evaluated. */
    public boolean matches(Scope scope) {
        return condition.evaluate(scope);
    }
}
