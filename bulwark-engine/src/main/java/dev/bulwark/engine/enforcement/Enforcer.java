package dev.bulwark.engine.enforcement;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.engine.cel.Scope;
import dev.bulwark.engine.rules.CompiledRule;
import dev.bulwark.engine.rules.EnforceSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the matched rules of one decision into enforcements: for each target entity, the most severe matching
 * rule sets the first rung, earlier offences within the ladder's lookback escalate it, and an enforcement already
 * in force for the same reason means the same episode, not a new offence.
 */
public final class Enforcer {
    private Enforcer() {
    }

    /** Issues, records and returns the enforcements that follow from {@code matched}. */
    public static List<Enforcement> enforce(List<CompiledRule> matched, Scope scope, EnforcementBook book, Ladder ladder) {
        if (matched.isEmpty()) {
            return List.of();
        }
        Map<EntityType, CompiledRule> strongest = new EnumMap<>(EntityType.class);
        for (CompiledRule rule : matched) {
            // A plain loop: a lambda capturing the rule was allocated for every matched rule.
            Optional<EnforceSpec> spec = rule.definition().enforce();
            if (spec.isPresent()) {
                CompiledRule held = strongest.get(spec.get().target());
                if (held == null || rule.definition().severity().compareTo(held.definition().severity()) > 0) {
                    strongest.put(spec.get().target(), rule);
                }
            }
        }
        List<Enforcement> issued = new ArrayList<>(strongest.size());
        Instant time = scope.time();
        strongest.forEach((type, rule) -> {
            String id = scope.entityId(type);
            if (id == null) {
                return;
            }
            EntityRef target = new EntityRef(type, id);
            if (book.activeFor(target, rule.definition().reasonCode(), time)) {
                return;
            }
            EnforceSpec spec = rule.definition().enforce().orElseThrow();
            EnforcementAction action = ladder.rung(rule.definition().severity(), book.priorOffences(target, time, ladder.lookback()));
            Enforcement enforcement = new Enforcement("enf_" + scope.event().id() + "_" + type.key(), target, action,
                    spec.capability(), rule.definition().reasonCode(), rule.definition().id(), scope.event().id(), time,
                    ladder.durations().get(action), Optional.empty());
            book.record(enforcement);
            issued.add(enforcement);
        });
        return issued;
    }
}
