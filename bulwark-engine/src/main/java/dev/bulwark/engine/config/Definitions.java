package dev.bulwark.engine.config;

import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.engine.enforcement.Ladder;
import dev.bulwark.engine.features.Aggregation;
import dev.bulwark.engine.features.FeatureDefinition;
import dev.bulwark.engine.rules.RuleDefinition;
import dev.bulwark.engine.strategy.StrategyDefinition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read from the files so far, with the file each definition came from, checked for duplicates. */
final class Definitions {
    final Map<String, FeatureDefinition> features = new LinkedHashMap<>();
    final Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    final Map<String, StrategyDefinition> strategies = new LinkedHashMap<>();
    final Map<String, ListDefinition> lists = new LinkedHashMap<>();
    final Map<String, List<ListEntry>> listEntries = new LinkedHashMap<>();
    final Map<String, String> origin = new HashMap<>();
    Ladder ladder;
    private final Map<String, Node> nodes = new HashMap<>();

    void add(FeatureDefinition d, Node n) {
        if (unique("feature:" + d.name(), n)) {
            features.put(d.name(), d);
        }
    }

    void add(RuleDefinition d, Node n) {
        if (unique("rule:" + d.id(), n)) {
            rules.put(d.id(), d);
        }
    }

    void add(StrategyDefinition d, Node n) {
        if (unique("strategy:" + d.scenario(), n)) {
            strategies.put(d.scenario(), d);
        }
    }

    void add(ListReader.Read d, Node n) {
        if (unique("list:" + d.definition().name(), n)) {
            lists.put(d.definition().name(), d.definition());
            listEntries.put(d.definition().name(), d.entries());
        }
    }

    void ladder(Ladder l, Node n) {
        if (unique("enforcement:", n)) {
            ladder = l;
        }
    }

    private boolean unique(String key, Node n) {
        if (origin.containsKey(key)) {
            n.problem("", "duplicates " + key.replace(':', ' ') + " already defined in " + origin.get(key));
            return false;
        }
        origin.put(key, n.file());
        nodes.put(key, n);
        return true;
    }

    /** Checks what definitions name in each other: lists tested by features. */
    void checkReferences(List<ConfigProblem> problems) {
        features.values().stream().filter(f -> f.aggregation() == Aggregation.IN_LIST).forEach(f -> f.list()
                .filter(list -> !lists.containsKey(list))
                .ifPresent(list -> nodes.get("feature:" + f.name()).problem("list", "names no list defined in the strategy files")));
    }

    /** The file a feature problem of the form {@code feature NAME: ...} belongs to. */
    String featureFile(String problem) {
        String name = problem.substring("feature ".length(), problem.indexOf(':'));
        return origin.getOrDefault("feature:" + name, "?");
    }
}
