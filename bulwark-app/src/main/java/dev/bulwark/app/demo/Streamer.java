package dev.bulwark.app.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Sends the feed's events to {@code POST /v1/events/batch} at a steady rate: every tick it sends the events that are
 * due as one small batch. At most {@link #MAX_IN_FLIGHT} batches wait for answers; when all of them do, ticks are
 * skipped and at most one second of sending is made up later, so a slow node slows the demo instead of piling up
 * requests. Batches the node refuses whole with 429 or 503 are sent again after its {@code Retry-After}.
 */
final class Streamer {
    static final int MAX_IN_FLIGHT = 4;
    static final Duration TICK = Duration.ofMillis(100);

    private final HttpClient client;
    private final URI batchUri;
    private final String token;
    private final Feed feed;
    private final Tally tally;
    private final Answers answers;
    private final int rate;
    private final Clock clock;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final Queue<List<SimEvent>> retries = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean exhausted = new AtomicBoolean();
    private final Runnable onExhausted;
    private volatile boolean stopped;
    private volatile long pausedUntil;
    private double due;
    private long lastTick;

    Streamer(HttpClient client, URI node, String token, Feed feed, Tally tally, AlertPolicy alerts, int rate,
             Clock clock, Runnable onExhausted) {
        this.client = client;
        this.batchUri = node.resolve("/v1/events/batch");
        this.token = token;
        this.feed = feed;
        this.tally = tally;
        this.answers = new Answers(tally, alerts);
        this.rate = rate;
        this.clock = clock;
        this.onExhausted = onExhausted;
    }

    /** Starts sending on {@code ticker}, one tick every {@link #TICK}; {@code onExhausted} runs once all was answered. */
    void start(Ticker ticker) {
        lastTick = clock.millis();
        ticker.now(TICK, this::tick);
    }

    private void tick() {
        try {
            long now = clock.millis();
            due = Math.min(rate, due + rate * (now - lastTick) / 1000.0);
            lastTick = now;
            if (stopped || now < pausedUntil || !inFlight.tryAcquire()) {
                return;
            }
            List<SimEvent> batch = retries.isEmpty() ? fresh() : retries.poll();
            if (batch == null || batch.isEmpty()) {
                boolean idle = inFlight.availablePermits() == MAX_IN_FLIGHT - 1; // only this tick's permit is taken
                inFlight.release();
                if (idle && retries.isEmpty() && feed.exhausted() && exhausted.compareAndSet(false, true)) {
                    onExhausted.run();
                }
                return;
            }
            send(batch);
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: count the problem and keep ticking.
            tally.failed(0, "demo: " + e);
        }
    }

    private List<SimEvent> fresh() {
        int wanted = (int) Math.min(due, Math.max(1, rate / 5));
        List<SimEvent> batch = new ArrayList<>(Math.max(wanted, 0));
        if (wanted >= 1) {
            feed.drainTo(batch, wanted);
        }
        due -= batch.size();
        tally.sent(batch.size());
        return batch;
    }

    private void send(List<SimEvent> batch) {
        String body = batch.stream().map(SimEvent::json).collect(Collectors.joining(",", "[", "]"));
        HttpRequest request = HttpRequest.newBuilder(batchUri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> answered(batch, response, error));
        } catch (RuntimeException e) {
            inFlight.release();
            tally.failed(batch.size(), "cannot send: " + describe(e));
        }
    }

    private void answered(List<SimEvent> batch, HttpResponse<String> response, Throwable error) {
        try {
            if (error != null) {
                tally.failed(batch.size(), "cannot reach the node: " + describe(error));
            } else if (response.statusCode() == 429 || response.statusCode() == 503) {
                pausedUntil = clock.millis() + 1000L * response.headers().firstValueAsLong("Retry-After").orElse(1);
                retries.add(batch);
            } else {
                answers.record(batch, response.statusCode(), response.body());
            }
        } finally {
            inFlight.release();
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Stops sending and waits up to {@code timeout} for the answers to the batches in flight; false if some never came. */
    boolean stop(Duration timeout) throws InterruptedException {
        stopped = true;
        boolean answered = inFlight.tryAcquire(MAX_IN_FLIGHT, timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answered) {
            inFlight.release(MAX_IN_FLIGHT);
        }
        return answered;
    }

    /** Batches in flight now. */
    int inFlight() {
        return MAX_IN_FLIGHT - inFlight.availablePermits();
    }
}
