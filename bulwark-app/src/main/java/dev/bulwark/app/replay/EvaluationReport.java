package dev.bulwark.app.replay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A replay scored against ground truth: what ran, the definitions used, precision, recall and alerts overall, per
 * typology, per scenario and per rule (shadow rules apart), the fraud value stopped, the friction on good users, and
 * whether events and truth matched.
 */
public record EvaluationReport(RunInfo run, Map<String, String> definitions, Scores overall,
                               Map<String, TypologyScores> byTypology, Map<String, Scores> byScenario,
                               Map<String, RuleScores> rules, Map<String, RuleScores> shadowRules,
                               Map<String, ValueCaught> valueCaught, Friction friction, Integrity integrity) {
    public EvaluationReport {
        Objects.requireNonNull(run, "run");
        definitions = ordered(definitions);
        Objects.requireNonNull(overall, "overall");
        byTypology = ordered(byTypology);
        byScenario = ordered(byScenario);
        rules = ordered(rules);
        shadowRules = ordered(shadowRules);
        valueCaught = ordered(valueCaught);
        Objects.requireNonNull(friction, "friction");
        Objects.requireNonNull(integrity, "integrity");
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
