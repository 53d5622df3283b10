package dev.bulwark.engine.rules;

import dev.bulwark.core.decision.RuleHit;
import dev.cel.runtime.CelRuntime;
import java.util.Objects;

/** A rule ready to run: its definition, its compiled program, and the hit it reports when it matches. */
public record CompiledRule(RuleDefinition definition, CelRuntime.Program program, RuleHit hit) {
    public CompiledRule {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(hit, "hit");
    }

    /** A compiled rule whose hit is derived from its definition. */
    public static CompiledRule of(RuleDefinition definition, CelRuntime.Program program) {
        return new CompiledRule(definition, program, new RuleHit(definition.id(), definition.reasonCode(),
                definition.severity(), definition.score(), definition.outcome()));
    }
}
