package dev.bulwark.engine.config;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.engine.strategy.StrategyDefinition;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one strategy definition. */
final class StrategyReader {
    private static final Set<String> KEYS = Set.of("id", "version", "scenario", "description", "owner", "thresholds", "alert_on");

    private StrategyReader() {
    }

    static Optional<StrategyDefinition> read(Node n) {
        n.onlyKeys(KEYS);
        String id = n.required("id");
        String scenario = n.required("scenario");
        if (!scenario.isEmpty() && !EventCatalog.scenarios().contains(scenario)) {
            n.problem("scenario", "'" + scenario + "' is not a scenario; expected one of " + EventCatalog.scenarios());
        }
        Map<Outcome, Double> thresholds = new EnumMap<>(Outcome.class);
        n.child("thresholds").ifPresent(t -> {
            for (Iterator<String> it = t.raw().fieldNames(); it.hasNext(); ) {
                String key = it.next();
                Optional<Outcome> outcome = Outcome.fromKey(key).filter(o -> o != Outcome.ALLOW);
                if (outcome.isEmpty()) {
                    t.problem(key, "is not an outcome; expected challenge, review, hold or block");
                } else {
                    thresholds.put(outcome.get(), t.number(key, Double.MAX_VALUE));
                }
            }
        });
        Set<Outcome> alertOn = EnumSet.of(Outcome.REVIEW);
        for (String key : n.strings("alert_on")) {
            Outcome.fromKey(key).ifPresentOrElse(alertOn::add,
                    () -> n.problem("alert_on", "'" + key + "' is not an outcome"));
        }
        if (!n.raw().has("alert_on")) {
            alertOn.add(Outcome.HOLD);
        }
        return Optional.of(new StrategyDefinition(id, n.optional("version").orElse(""), scenario,
                n.optional("description").orElse(""), n.optional("owner").orElse("unowned"), thresholds, alertOn));
    }
}
