package dev.bulwark.engine.strategy;

import dev.bulwark.engine.rules.CompiledRule;
import dev.bulwark.engine.rules.RuleMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A strategy with, for each event type of its scenario, the active and shadow rules to run, in file order. */
public final class CompiledStrategy {
    private static final CompiledRule[] NONE = new CompiledRule[0];

    private final StrategyDefinition definition;
    private final String version;
    private final Map<String, CompiledRule[]> active = new HashMap<>();
    private final Map<String, CompiledRule[]> shadow = new HashMap<>();

    /** Compiles the strategy over the rules that apply to each of {@code eventTypes}; {@code bundleVersion} tags it. */
    public CompiledStrategy(StrategyDefinition definition, List<CompiledRule> rules, List<String> eventTypes, String bundleVersion) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.version = definition.version().isEmpty() ? bundleVersion : definition.version() + "@" + bundleVersion;
        for (String type : eventTypes) {
            active.put(type, rules.stream().filter(r -> r.definition().mode() == RuleMode.ACTIVE
                    && r.definition().appliesTo(type)).toArray(CompiledRule[]::new));
            shadow.put(type, rules.stream().filter(r -> r.definition().mode() == RuleMode.SHADOW
                    && r.definition().appliesTo(type)).toArray(CompiledRule[]::new));
        }
    }

    /** The definition. */
    public StrategyDefinition definition() {
        return definition;
    }

    /** The version decisions record: the declared version and the bundle's content hash. */
    public String version() {
        return version;
    }

    /** Active rules for an event type. */
    public CompiledRule[] active(String eventType) {
        return active.getOrDefault(eventType, NONE);
    }

    /** Shadow rules for an event type. */
    public CompiledRule[] shadow(String eventType) {
        return shadow.getOrDefault(eventType, NONE);
    }
}
