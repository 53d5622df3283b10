package dev.bulwark.app.demo;

import dev.bulwark.app.node.Node;
import dev.bulwark.app.node.NodeSettings;
import dev.bulwark.app.node.StartupException;
import dev.bulwark.app.node.TokenFile;
import dev.bulwark.server.auth.Role;
import dev.bulwark.sim.SimConfig;
import dev.bulwark.store.Stores;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One demo run: a node on the demo store, the simulator streaming into it through the HTTP API, a status block every
 * five seconds, and, when asked to stop, a clean shutdown and a summary.
 */
public final class Demo {
    private final DemoSettings settings;
    private final PrintStream out;
    private final Clock clock;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Tally tally = new Tally();

    /** A run with {@code settings}, printing to {@code out}, timed by {@code clock}. */
    public Demo(DemoSettings settings, PrintStream out, Clock clock) {
        this.settings = settings;
        this.out = out;
        this.clock = clock;
    }

    /** Runs until {@link #requestStop()} or the configured duration; throws {@link StartupException} if it cannot start. */
    public void run() throws IOException, InterruptedException {
        try {
            Path tokens = settings.data().resolve("tokens.txt");
            Map<String, Double> ruleHits;
            Duration streamed;
            try (DemoStore store = DemoStore.open(settings.data(), settings.keep()); Node node = start(tokens)) {
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build()) {
                    streamed = stream(node, client, tokens, store.note());
                }
                ruleHits = node.ruleHits();
                out.println("Closing the node: it decides and stores every event it accepted, then stops ...");
            }
            Report.summary(streamed, tally.snapshot(), ruleHits).forEach(out::println);
            out.println("The store in " + settings.data() + " keeps every decision and alert; explore it with");
            out.println("  ./bulwark serve --data " + settings.data()
                    + (settings.port() == 0 || settings.port() == 8080 ? "" : " --port " + settings.port()));
            out.println("or take its events out, with their decisions, to replay or analyse elsewhere:");
            out.println("  ./bulwark export --data " + settings.data() + " --decisions --out demo.ndjson");
        } finally {
            finished.countDown();
        }
    }

    /** Streams until asked to stop and every batch sent was answered; returns how long it streamed. */
    private Duration stream(Node node, HttpClient client, Path tokens, String storeNote)
            throws IOException, InterruptedException {
        URI base = URI.create("http://" + settings.host() + ":" + node.port() + "/");
        Instant simStart = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(settings.days())
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        try (SimFeed feed = SimFeed.start(simulation(simStart), 4096); Ticker ticker = new Ticker()) {
            out.println();
            new Banner(base, storeNote, node.store().describe(), node.engine().bundle().version(), tokens.toAbsolutePath(),
                    settings, simStart, feed.firstId(Duration.ofSeconds(30))).lines().forEach(out::println);
            out.println();
            Streamer streamer = new Streamer(client, base, TokenFile.tokenFor(tokens, Role.INGEST), feed, tally,
                    AlertPolicy.of(node.engine().bundle()), settings.rate(), clock, () -> ended(feed, base));
            Instant started = clock.instant();
            streamer.start(ticker);
            ticker.every(Duration.ofSeconds(5), new StatusTask(tally, node::ruleHits, out, clock, started));
            awaitStop();
            ticker.close();
            out.println();
            out.printf("Stopping: waiting for the answers to %d batch(es) in flight ...%n", streamer.inFlight());
            if (!streamer.stop(Duration.ofSeconds(30))) {
                out.println("  some batches got no answer within 30 s; the node may or may not have stored them");
            }
            return Duration.between(started, clock.instant());
        }
    }

    private Node start(Path tokens) {
        NodeSettings node = new NodeSettings(settings.host(), settings.port(), Stores.embeddedUrl(settings.data()),
                settings.strategies(), tokens, false);
        try {
            return Node.start(node, clock);
        } catch (StartupException e) {
            throw e;
        } catch (RuntimeException e) {
            if (portTaken(e)) {
                throw new StartupException("port " + settings.port() + " is already in use (another node or demo?); "
                        + "pass --port with a free port, or --port 0 to let the system pick one");
            }
            throw e;
        }
    }

    private static boolean portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t.getClass().getSimpleName().equals("JavalinBindException")) {
                return true;
            }
        }
        return false;
    }

    /** The simulator's configuration: simulated days ending at today's midnight, fraud from the first minute. */
    private SimConfig simulation(Instant simStart) {
        SimConfig d = SimConfig.defaults(settings.seed(), settings.days()).withStart(simStart);
        // No warm-up: a demo should show attacks within seconds, not after half a simulated day of quiet.
        return new SimConfig(d.seed(), d.days(), d.scale(), d.start(), d.rates().times(settings.fraudRate()),
                d.driftStart(), 0, d.investigationRate());
    }

    private void ended(SimFeed feed, URI base) {
        out.println("The simulated traffic is over" + feed.failure().map(f -> " early: the simulator failed: " + f).orElse("")
                + "; the node keeps serving on " + base + (settings.timed() ? "" : " until Ctrl-C") + ".");
    }

    private void awaitStop() throws InterruptedException {
        if (settings.timed()) {
            stop.await(settings.duration().toMillis(), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
    }

    /** Asks a running demo to stop: it stops streaming, waits for answers in flight, closes the node and summarises. */
    public void requestStop() {
        stop.countDown();
    }

    /** Waits up to {@code timeout} for {@link #run()} to finish; returns whether it did. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
