package dev.bulwark.engine;

import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.engine.cel.CelEnvironment;
import dev.bulwark.engine.enforcement.Ladder;
import dev.bulwark.engine.features.FeatureDefinition;
import dev.bulwark.engine.features.FeatureSet;
import dev.bulwark.engine.rules.RuleDefinition;
import dev.bulwark.engine.strategy.CompiledStrategy;
import java.util.List;
import java.util.Map;

/**
 * A loaded, compiled set of strategy files: features, rules, strategies, lists and the enforcement ladder, with a
 * version derived from the files' content. Immutable; the engine swaps whole bundles on reload.
 */
public record Bundle(String version, CelEnvironment env, FeatureSet features, List<FeatureDefinition> featureDefinitions,
                     List<RuleDefinition> rules, Map<String, CompiledStrategy> strategies,
                     List<ListDefinition> lists, Map<String, List<ListEntry>> listEntries, Ladder ladder) {
    public Bundle {
        featureDefinitions = List.copyOf(featureDefinitions);
        rules = List.copyOf(rules);
        strategies = Map.copyOf(strategies);
        lists = List.copyOf(lists);
        listEntries = Map.copyOf(listEntries);
    }
}
