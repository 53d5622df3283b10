package dev.bulwark.app.node;

import dev.bulwark.app.Paths;
import dev.bulwark.server.ingest.IngestSettings;
import dev.bulwark.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bulwark serve}: runs a node until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the HTTP API: events in, explained decisions out. Stops cleanly on Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "data", description = "Directory for the embedded store and the token file (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", description = "JDBC URL of the database, e.g. jdbc:postgresql://127.0.0.1:5432/bulwark?user=bulwark (default: the embedded store in --data).")
    String db;

    @Option(names = "--strategies", description = "Directory of strategy files (default: the pack shipped in $BULWARK_HOME/strategies).")
    Path strategies;

    @Option(names = "--tokens", description = "API token file, lines of 'name role token' (default: <data>/tokens.txt, generated if missing).")
    Path tokens;

    @Option(names = "--watch", description = "Reload the strategy files automatically when they change.")
    boolean watch;

    @Option(names = "--commit-wait", defaultValue = "2", paramLabel = "MS",
            description = "Longest the journal writer holds a commit open for events still arriving, in milliseconds "
                    + "from the previous commit's start, while at least 16 client connections wait on no answer; "
                    + "0 commits at once (default: ${DEFAULT-VALUE}, at most 100).")
    double commitWaitMillis;

    private Duration commitWait() {
        if (!(commitWaitMillis >= 0 && commitWaitMillis <= IngestSettings.MAX_COMMIT_WAIT.toMillis())) {
            throw new ParameterException(spec.commandLine(), "--commit-wait must be 0 to "
                    + IngestSettings.MAX_COMMIT_WAIT.toMillis() + " ms, not " + commitWaitMillis);
        }
        return Duration.ofNanos(Math.round(commitWaitMillis * 1_000_000));
    }

    @Override
    public Integer call() throws Exception {
        Duration commitWait = commitWait();
        NodeSettings settings = new NodeSettings(host, port, db != null ? db : Stores.embeddedUrl(data),
                strategies != null ? strategies : Paths.defaultStrategies(),
                tokens != null ? tokens : data.resolve("tokens.txt"), watch, commitWait);
        Node node;
        try {
            node = Node.start(settings, Clock.systemUTC());
        } catch (StartupException e) {
            System.err.println("bulwark: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("bulwark: stopping, finishing the events already accepted ...");
            node.close();
            stopped.countDown();
        }, "shutdown"));
        System.out.printf("bulwark: serving on http://%s:%d (store %s, strategies %s)%n", host, node.port(),
                node.store().describe(), node.engine().bundle().version());
        System.out.printf("bulwark: API tokens per role are in %s; try: curl http://%s:%d/healthz%n",
                settings.tokens().toAbsolutePath(), host, node.port());
        stopped.await();
        return 0;
    }
}
