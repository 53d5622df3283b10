package dev.bulwark.app.replay;

import dev.bulwark.app.Paths;
import dev.bulwark.app.node.StrategyDirectory;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.config.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark replay}: a file of events through the engine offline, with a summary. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a file of events (NDJSON) through the engine offline and summarise the decisions.")
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--events", required = true, description = "File of events, one JSON object per line.")
    Path events;

    @Option(names = "--strategies", description = "Directory of strategy files (default: the shipped pack).")
    Path strategies;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(events)) {
            System.err.println("bulwark: cannot read --events " + events);
            return 2;
        }
        Path dir = strategies != null ? strategies : Paths.defaultStrategies();
        Bundle bundle;
        switch (new StrategyDirectory(dir).load()) {
            case LoadResult.Loaded loaded -> bundle = loaded.bundle();
            case LoadResult.Rejected rejected -> {
                System.err.println("bulwark: the strategy files in " + dir + " were rejected:");
                rejected.problems().forEach(p -> System.err.println("  " + p));
                return 2;
            }
        }
        long size = Files.size(events);
        ReplaySummary s = Replay.run(events, bundle, Clock.systemUTC(), r -> { }, new ProgressLine(size, System.err));
        print(s, bundle);
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
