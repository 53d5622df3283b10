package dev.bulwark.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.cel.CelEnvironment;
import dev.bulwark.engine.cel.Compilation;
import dev.bulwark.engine.enforcement.Ladder;
import dev.bulwark.engine.features.FeatureDefinition;
import dev.bulwark.engine.features.FeatureSet;
import dev.bulwark.engine.rules.CompiledRule;
import dev.bulwark.engine.rules.RuleDefinition;
import dev.bulwark.engine.strategy.CompiledStrategy;
import dev.bulwark.engine.strategy.StrategyDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Loads strategy files (file name to YAML text) into a {@link Bundle}. Each file may hold any of the sections
 * {@code features}, {@code lists}, {@code rules}, {@code strategies} and {@code enforcement}. Every problem in
 * every file is reported; any problem rejects the whole set.
 */
public final class BundleLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SECTIONS = Set.of("features", "lists", "rules", "strategies", "enforcement");

    private BundleLoader() {
    }

    /** Loads and compiles the files, in name order. */
    public static LoadResult load(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>(files);
        List<ConfigProblem> problems = new ArrayList<>();
        Definitions defs = new Definitions();
        sorted.forEach((file, text) -> read(file, text, defs, problems));
        defs.checkReferences(problems);
        if (!problems.isEmpty()) {
            return new LoadResult.Rejected(problems);
        }
        return compile(defs, version(sorted), problems);
    }

    private static void read(String file, String text, Definitions defs, List<ConfigProblem> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(new ConfigProblem(file, "", "is not valid YAML" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse("")));
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        Node top = new Node(root, file, "", problems);
        if (!root.isObject()) {
            top.problem("", "must be a mapping with sections " + SECTIONS.stream().sorted().toList());
            return;
        }
        top.onlyKeys(SECTIONS);
        each(root, "features", file, problems, n -> FeatureReader.read(n).ifPresent(d -> defs.add(d, n)));
        each(root, "lists", file, problems, n -> ListReader.read(n).ifPresent(d -> defs.add(d, n)));
        each(root, "rules", file, problems, n -> RuleReader.read(n).ifPresent(d -> defs.add(d, n)));
        each(root, "strategies", file, problems, n -> StrategyReader.read(n).ifPresent(d -> defs.add(d, n)));
        top.child("enforcement").ifPresent(n -> defs.ladder(LadderReader.read(n), n));
    }

    private static void each(JsonNode root, String section, String file, List<ConfigProblem> problems, Consumer<Node> reader) {
        JsonNode list = root.get(section);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            problems.add(new ConfigProblem(file, section, "must be a list"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String path = section + "[" + i + "]";
            if (!item.isObject()) {
                problems.add(new ConfigProblem(file, path, "must be a mapping"));
            } else {
                reader.accept(new Node(item, file, path, problems));
            }
        }
    }

    private static LoadResult compile(Definitions defs, String version, List<ConfigProblem> problems) {
        Map<String, Boolean> featureTypes = new LinkedHashMap<>();
        defs.features.forEach((name, d) -> featureTypes.put(name, d.booleanValued()));
        CelEnvironment env = new CelEnvironment(featureTypes);
        List<String> featureProblems = new ArrayList<>();
        FeatureSet features = FeatureSet.compile(List.copyOf(defs.features.values()), env, featureProblems);
        featureProblems.forEach(p -> problems.add(new ConfigProblem(defs.featureFile(p), "", p)));
        List<CompiledRule> rules = new ArrayList<>();
        defs.rules.forEach((id, rule) -> {
            switch (env.condition(rule.expression())) {
                case Compilation.Ok ok -> rules.add(CompiledRule.of(rule, ok.condition()));
                case Compilation.Failed failed -> failed.problems().forEach(p -> problems.add(
                        new ConfigProblem(defs.origin.get("rule:" + id), "rule " + id + ".expression", p)));
            }
        });
        if (!problems.isEmpty()) {
            return new LoadResult.Rejected(problems);
        }
        Map<String, CompiledStrategy> strategies = new LinkedHashMap<>();
        for (StrategyDefinition s : defs.strategies.values()) {
            List<String> types = EventCatalog.all().stream().map(EventType::name)
                    .filter(t -> t.equals(s.scenario()) || t.startsWith(s.scenario() + ".")).toList();
            strategies.put(s.scenario(), new CompiledStrategy(s, rules, types, version));
        }
        List<ListDefinition> lists = List.copyOf(defs.lists.values());
        Map<String, List<ListEntry>> entries = new LinkedHashMap<>(defs.listEntries);
        Ladder ladder = defs.ladder == null ? Ladder.DEFAULT : defs.ladder;
        return new LoadResult.Loaded(new Bundle(version, env, features, List.copyOf(defs.features.values()),
                List.copyOf(defs.rules.values()), strategies, lists, entries, ladder));
    }

    private static String version(Map<String, String> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sorted.forEach((file, text) -> {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
