package dev.bulwark.app.demo;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The demo's one timer thread: pacing ticks and status blocks run on it in turn, so neither needs locks.
 * {@link #close()} returns only after the task running at that moment, if any, has finished.
 */
final class Ticker implements AutoCloseable {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-ticker");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} now and then every {@code period}. */
    void now(Duration period, Runnable task) {
        scheduler.scheduleAtFixedRate(task, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} every {@code period}, the first time one period from now. */
    void every(Duration period, Runnable task) {
        scheduler.scheduleAtFixedRate(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs nothing more, waiting for the task in progress. */
    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
