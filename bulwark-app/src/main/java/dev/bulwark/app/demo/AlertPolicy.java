package dev.bulwark.app.demo;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.strategy.StrategyDefinition;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which outcomes open an alert, per strategy id, as the loaded strategies say; lets the demo count alerts from the
 * decisions it receives instead of querying the store.
 *
 * @param alertOn the outcomes that open an alert, by strategy id
 */
record AlertPolicy(Map<String, Set<Outcome>> alertOn) {
    AlertPolicy {
        alertOn = Map.copyOf(alertOn);
    }

    /** The policy of the strategies in {@code bundle}. */
    static AlertPolicy of(Bundle bundle) {
        return new AlertPolicy(bundle.strategies().values().stream().map(s -> s.definition())
                .collect(Collectors.toMap(StrategyDefinition::id, StrategyDefinition::alertOn, (a, b) -> a)));
    }

    /** Whether a decision of the strategy {@code strategyId} with {@code outcome} opened an alert. */
    boolean opens(String strategyId, Outcome outcome) {
        return alertOn.getOrDefault(strategyId, Set.of()).contains(outcome);
    }
}
