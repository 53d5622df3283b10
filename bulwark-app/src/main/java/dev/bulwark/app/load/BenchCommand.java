package dev.bulwark.app.load;

import dev.bulwark.app.node.TokenFile;
import dev.bulwark.server.auth.Role;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark bench}: load against a running node, reporting throughput and latency percentiles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Send synthetic events to a running node and report throughput and latency percentiles.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The node (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--tokens", defaultValue = "data/tokens.txt", description = "Token file to take an ingest token from (default: ${DEFAULT-VALUE}).")
    Path tokens;

    @Option(names = "--duration", defaultValue = "30", description = "Seconds to run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--concurrency", defaultValue = "64", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--rate", defaultValue = "0", description = "Target requests per second; 0 sends as fast as the concurrency allows.")
    int rate;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--buyers", defaultValue = "200000", description = "Distinct buyers in the synthetic traffic (default: ${DEFAULT-VALUE}).")
    int buyers;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || concurrency < 1 || rate < 0 || warmup < 0 || buyers < 1) {
            System.err.println("bulwark: --duration, --concurrency and --buyers must be positive; --rate and --warmup not negative");
            return 2;
        }
        LoadGenerator generator = new LoadGenerator(url, TokenFile.tokenFor(tokens, Role.INGEST));
        if (warmup > 0) {
            System.out.printf("warming up for %d s ...%n", warmup);
            generator.run(Duration.ofSeconds(warmup), concurrency, rate, buyers);
        }
        System.out.printf("measuring for %d s, %d in flight%s ...%n", seconds, concurrency, rate > 0 ? ", target " + rate + "/s" : "");
        LoadResult result = generator.run(Duration.ofSeconds(seconds), concurrency, rate, buyers);
        System.out.println(result.report());
        return result.ok() > 0 ? 0 : 1;
    }
}
