package dev.bulwark.app.demo;

import dev.bulwark.app.Paths;
import dev.bulwark.app.node.StartupException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark demo}: a node with simulated marketplace traffic streaming into it, explained as it goes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start a node on an embedded demo store with the shipped strategies, stream simulated marketplace "
                + "traffic with planted fraud through its HTTP API at a steady rate, and report what it decides every "
                + "5 seconds. Ctrl-C stops it cleanly."})
public final class DemoCommand implements Callable<Integer> {
    /** About how long, in minutes, the default number of simulated days lasts at the chosen rate. */
    static final int DEFAULT_MINUTES = 30;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--rate", paramLabel = "EVENTS", defaultValue = "400",
            description = "Events per second to send (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/demo",
            description = "Directory of the demo's store and token file; the store starts empty on every run unless "
                    + "--keep (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--keep", description = "Keep the events, decisions and alerts of earlier runs instead of starting empty.")
    boolean keep;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Simulator seed; the same seed sends the same traffic (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", paramLabel = "DAYS", description = "Simulated days of traffic, about 155,000 events each "
            + "(default: enough for " + DEFAULT_MINUTES + " minutes at --rate; 5 at the default rate).")
    Optional<Integer> days = Optional.empty();

    @Option(names = "--fraud-rate", paramLabel = "FACTOR", defaultValue = "5",
            description = "Multiplier on the simulator's default rate of fraud campaigns, so that a short demo shows "
                    + "attacks (default: ${DEFAULT-VALUE}; 1 is the simulator's realistic mix).")
    double fraudRate;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "Stop by itself after this many seconds (default: run until Ctrl-C).")
    Optional<Long> duration = Optional.empty();

    @Option(names = "--strategies", paramLabel = "DIR",
            description = "Directory of strategy files (default: the pack shipped in $BULWARK_HOME/strategies).")
    Optional<Path> strategies = Optional.empty();

    @Option(names = "--verbose", description = "Show the node's own log lines (on stderr) as well.")
    boolean verbose;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /** The command as the CLI runs it, printing to standard output and errors to standard error. */
    public DemoCommand() {
        this(System.out, System.err, Clock.systemUTC());
    }

    DemoCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (rate < 1 || days.orElse(1) < 1 || duration.orElse(1L) < 1 || port < 0 || port > 65_535 || !(fraudRate >= 0)) {
            err.println("bulwark: --rate, --days and --duration must be positive, --fraud-rate not negative, "
                    + "--port within 0..65535");
            return 2;
        }
        DemoSettings settings = new DemoSettings("127.0.0.1", port, rate, data, keep, seed,
                days.orElse(DemoSettings.daysFor(rate, DEFAULT_MINUTES)), fraudRate, Duration.ofSeconds(duration.orElse(0L)),
                strategies.orElseGet(Paths::defaultStrategies));
        Demo demo = new Demo(settings, out, clock);
        Thread hook = new Thread(() -> stopFromSignal(demo), "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (QuietLogs quiet = verbose ? QuietLogs.none() : QuietLogs.start()) {
            demo.run();
            return 0;
        } catch (StartupException e) {
            err.println("bulwark: " + e.getMessage());
            return 2;
        } finally {
            removeHook(hook);
        }
    }

    /** On Ctrl-C: lets the demo finish its shutdown, then exits 0, since stopping on Ctrl-C is its normal end. */
    private void stopFromSignal(Demo demo) {
        demo.requestStop();
        try {
            if (demo.awaitFinished(Duration.ofSeconds(60))) {
                out.flush();
                Runtime.getRuntime().halt(0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and ends the process itself.
        }
    }
}
