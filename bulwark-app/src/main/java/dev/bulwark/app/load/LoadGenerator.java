package dev.bulwark.app.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends synthetic events to {@code POST /v1/events} for a fixed time. Closed loop by default ({@code concurrency}
 * requests in flight); with a target rate it is an open loop that measures latency from each request's intended
 * start, so a stalled server is not hidden by the generator waiting for it.
 */
public final class LoadGenerator {
    private final HttpClient client;
    private final URI target;
    private final String token;

    /** A generator for the node at {@code baseUrl}, authenticating with {@code token}. */
    public LoadGenerator(URI baseUrl, String token) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(5)).build();
        this.target = baseUrl.resolve("/v1/events");
        this.token = token;
    }

    /** Runs for {@code duration}; {@code ratePerSecond} 0 means as fast as {@code concurrency} allows. */
    public LoadResult run(Duration duration, int concurrency, int ratePerSecond, int buyers) throws InterruptedException {
        SyntheticEvents events = new SyntheticEvents("bench" + Long.toString(System.currentTimeMillis(), 36), buyers);
        SplittableRandom random = new SplittableRandom();
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        long n = 0;
        while (true) {
            long intended = ratePerSecond > 0 ? start + n * interval : System.nanoTime();
            if (intended >= end) {
                break;
            }
            while (ratePerSecond > 0 && System.nanoTime() < intended) {
                Thread.onSpinWait();
            }
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(events.next(n++, random, Instant.now()))).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                recorder.recordValue(Math.max(1, (System.nanoTime() - intended) / 1000));
                if (error != null) {
                    failed.incrementAndGet();
                } else if (response.statusCode() == 200) {
                    ok.incrementAndGet();
                } else if (response.statusCode() == 429) {
                    rejected.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = recorder.getIntervalHistogram();
        return new LoadResult(ok.get(), rejected.get(), failed.get(), seconds, histogram);
    }
}
