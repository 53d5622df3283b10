package dev.bulwark.engine.config;

import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.engine.rules.EnforceSpec;
import dev.bulwark.engine.rules.RuleDefinition;
import dev.bulwark.engine.rules.RuleMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads one rule definition; its expression is compiled later, once every feature is known. */
final class RuleReader {
    private static final Set<String> KEYS = Set.of("id", "description", "scenarios", "expression", "score", "outcome",
            "severity", "reason_code", "owner", "tags", "mode", "enforce");

    private RuleReader() {
    }

    static Optional<RuleDefinition> read(Node n) {
        n.onlyKeys(KEYS);
        String id = n.required("id");
        if (!id.isEmpty() && !FeatureReader.NAME.matcher(id).matches()) {
            n.problem("id", "'" + id + "' must be lower-case letters, digits and underscores, starting with a letter");
        }
        List<String> scenarios = n.strings("scenarios");
        if (scenarios.isEmpty()) {
            n.problem("scenarios", "is required: the scenarios (e.g. order) or event types (e.g. order.placed) it applies to");
        }
        for (String s : scenarios) {
            if (!EventCatalog.scenarios().contains(s) && EventCatalog.find(s).isEmpty()) {
                n.problem("scenarios", "'" + s + "' is neither a scenario " + EventCatalog.scenarios() + " nor an event type");
            }
        }
        String expression = n.required("expression");
        Optional<Outcome> outcome = n.parsed("outcome", Outcome::fromKey, keys(Outcome.values()));
        double score = n.number("score", 0);
        if (outcome.isEmpty() && score == 0) {
            n.problem("", "a rule needs a score, an outcome, or both");
        }
        Severity severity = n.parsed("severity", Severity::fromKey, keys(Severity.values())).orElse(Severity.MEDIUM);
        RuleMode mode = n.parsed("mode", m -> Arrays.stream(RuleMode.values())
                .filter(v -> v.name().toLowerCase(Locale.ROOT).equals(m)).findFirst(), List.of("active", "shadow"))
                .orElse(RuleMode.ACTIVE);
        String reason = n.required("reason_code");
        return Optional.of(new RuleDefinition(id, n.required("description"), scenarios, expression, score, outcome,
                severity, reason, n.optional("owner").orElse("unowned"), n.strings("tags"), mode, enforce(n)));
    }

    private static Optional<EnforceSpec> enforce(Node n) {
        return n.child("enforce").flatMap(e -> {
            e.onlyKeys(Set.of("target", "capability"));
            Optional<EntityType> target = e.parsed("target", EntityType::fromKey, keys(EntityType.values()));
            if (target.isEmpty()) {
                e.required("target");
                return Optional.empty();
            }
            return Optional.of(new EnforceSpec(target.get(), e.parsed("capability", Capability::fromKey, keys(Capability.values()))));
        });
    }

    static List<String> keys(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
