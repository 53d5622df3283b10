package dev.bulwark.app.replay;

import dev.bulwark.app.Paths;
import dev.bulwark.app.node.StartupException;
import dev.bulwark.app.node.StrategyDirectory;
import dev.bulwark.core.json.Json;
import dev.bulwark.engine.Bundle;
import dev.bulwark.sim.ConsoleProgressBar;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark replay}: a file of events through the engine offline, with a summary and, given truth, an evaluation. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a file of events (NDJSON) through the engine offline and summarise the decisions; with --truth, "
                + "score them against the simulator's ground truth.")
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, description = "File of events, one JSON object per line.")
    Path events;

    @Option(names = "--strategies", description = "Directory of strategy files (default: the shipped pack).")
    Path strategies;

    @Option(names = "--truth", description = "The simulator's truth.csv for these events: score the decisions against it.")
    Path truth;

    @Option(names = "--report", description = "Write the evaluation as JSON to this file (needs --truth).")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(events)) {
            System.err.println("bulwark: cannot read --events " + events);
            return 2;
        }
        if (report != null && truth == null) {
            System.err.println("bulwark: --report needs --truth, the truth file to score against");
            return 2;
        }
        if (truth != null && !Files.isReadable(truth)) {
            System.err.println("bulwark: cannot read --truth " + truth);
            return 2;
        }
        Path dir = strategies != null ? strategies : Paths.defaultStrategies();
        Bundle bundle;
        try {
            bundle = new StrategyDirectory(dir).bundle();
        } catch (StartupException e) {
            System.err.println("bulwark: " + e.getMessage());
            return 2;
        }
        if (truth == null) {
            print(Replay.run(events, bundle, Clock.systemUTC(), r -> { }, new ConsoleProgressBar(System.err)), bundle);
            return 0;
        }
        return evaluate(dir, bundle);
    }

    private int evaluate(Path dir, Bundle bundle) throws IOException {
        Evaluator evaluator;
        BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8);
        try {
            evaluator = Evaluator.over(in);
        } catch (IllegalArgumentException e) {
            in.close();
            System.err.println("bulwark: " + e.getMessage());
            return 2;
        }
        ReplaySummary s;
        EvaluationReport r;
        try {
            s = Replay.run(events, bundle, Clock.systemUTC(), evaluator, new ConsoleProgressBar(System.err));
            r = evaluator.finish(new RunInfo(events.toString(), truth.toString(), dir.toString(), bundle.version(), s.decided()));
        } catch (IllegalArgumentException e) {
            System.err.println("bulwark: " + e.getMessage());
            return 2;
        }
        print(s, bundle);
        new ReportPrinter(System.out).print(r);
        if (report != null) {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(report.toFile(), r);
            System.out.println("  report written to " + report);
        }
        if (!r.integrity().consistent()) {
            System.err.println("bulwark: the events and the truth file do not match (see integrity above)");
            return 1;
        }
        return 0;
    }

    private static void print(ReplaySummary s, Bundle bundle) {
        System.out.printf("replayed %,d lines with strategies %s in %.1f s (%,.0f decisions/s)%n", s.lines(), bundle.version(),
                s.elapsed().toMillis() / 1000.0, s.throughput());
        System.out.printf("  decided %,d   refused (invalid) %,d   duplicate ids %,d%n", s.decided(), s.invalid(), s.duplicates());
        System.out.printf("  outcomes: %s%n", s.byOutcome());
        System.out.printf("  alerts opened %,d   enforcements issued %,d%n", s.alerts(), s.enforcements());
        top("  top rules", s.ruleHits());
        top("  shadow rules", s.shadowHits());
        top("  rule errors", s.ruleErrors());
        s.invalidSamples().forEach(line -> System.out.println("  refused " + line));
    }

    private static void top(String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(10)
                .forEach(e -> System.out.printf("    %-40s %,d%n", e.getKey(), e.getValue()));
    }
}
