package dev.bulwark.server.ingest;

import dev.bulwark.core.port.EventJournal;
import dev.bulwark.server.error.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes: takes everything waiting (up to the batch size), and what keeps arriving while
 * {@link Gathering} says it is worth waiting, appends it to the journal in one call, and only then acknowledges each
 * event. After a failed append it acknowledges nothing more: the engine's
 * state has advanced for events that were not stored, so the pipeline refuses new events until a restart rebuilds
 * the state from the journal.
 */
final class JournalWriter implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private final BlockingQueue<Work.ToWriter> queue;
    private final EventJournal journal;
    private final Map<String, CompletableFuture<Decided>> inFlight;
    private final Semaphore permits;
    private final int batchSize;
    private final Executor completions;
    private final AtomicReference<String> failure;
    private final IngestMetrics metrics;
    private final int parallelism;
    private final Gathering gathering;
    private final SlowAppends slow = new SlowAppends(System::nanoTime);
    /** When the last commit started, on {@link Gathering#now()}'s clock. */
    private long lastStart;

    JournalWriter(BlockingQueue<Work.ToWriter> queue, EventJournal journal, Map<String, CompletableFuture<Decided>> inFlight,
                  Semaphore permits, int batchSize, Executor completions, int parallelism,
                  AtomicReference<String> failure, IngestMetrics metrics, Gathering gathering) {
        this.queue = queue;
        this.journal = journal;
        this.inFlight = inFlight;
        this.permits = permits;
        this.batchSize = batchSize;
        this.completions = completions;
        this.failure = failure;
        this.metrics = metrics;
        this.parallelism = Math.max(1, parallelism);
        this.gathering = gathering;
        this.lastStart = gathering.now() - Long.MAX_VALUE / 2;
    }

    @Override
    public void run() {
        List<Work.ToWriter> taken = new ArrayList<>(batchSize);
        List<Work.Pending> batch = new ArrayList<>(batchSize);
        boolean stop = false;
        while (!stop) {
            taken.add(take());
            queue.drainTo(taken, batchSize - 1);
            if (taken.getLast() instanceof Work.Pending) {
                gathering.gather(queue, taken, batchSize, lastStart);
            }
            for (Work.ToWriter item : taken) {
                if (item instanceof Work.Pending p) {
                    batch.add(p);
                } else {
                    stop = true;
                }
            }
            if (!batch.isEmpty()) {
                commit(List.copyOf(batch));
            }
            taken.clear();
            batch.clear();
        }
    }

    private void commit(List<Work.Pending> batch) {
        if (failure.get() != null) {
            fail(batch, null);
            return;
        }
        long start = System.nanoTime();
        lastStart = gathering.now();
        try {
            journal.write(batch.stream().map(Work.Pending::entry).toList());
        } catch (RuntimeException | Error e) {
            // an Error too: this thread must live on to answer every pending caller
            failure.compareAndSet(null, "journal append failed: " + e.getClass().getSimpleName());
            metrics.appendFailed(batch.size());
            LOG.atError().setCause(e).addKeyValue("batch_size", batch.size())
                    .log("journal append failed; refusing new events until restart");
            fail(batch, e);
            return;
        }
        long took = System.nanoTime() - start;
        metrics.committed(batch.size(), took);
        slow.note(took, batch.size()).ifPresent(r -> LOG.atWarn().addKeyValue("slow_appends", r.appends())
                .addKeyValue("longest_ms", r.longestNanos() / 1_000_000).log(r.message()));
        for (Work.Pending p : batch) {
            inFlight.remove(p.eventId(), p.future());
        }
        permits.release(batch.size());
        // Completing a future writes that caller's response: the batch is split into one share per completion
        // thread, so the responses are written in parallel at the cost of one hand-off per share, not per event.
        int shares = Math.min(parallelism, batch.size());
        for (int s = 0; s < shares; s++) {
            List<Work.Pending> share = batch.subList(batch.size() * s / shares, batch.size() * (s + 1) / shares);
            completions.execute(() -> share.forEach(this::acknowledge));
        }
    }

    private void acknowledge(Work.Pending p) {
        Decided decided = p.decided();
        metrics.decided(decided.decision());
        p.future().complete(decided);
    }

    private void fail(List<Work.Pending> batch, Throwable cause) {
        ServerException error = new ServerException.Unavailable(
                "the event journal could not store this event; it was not accepted", Duration.ofSeconds(30), cause);
        for (Work.Pending p : batch) {
            inFlight.remove(p.eventId(), p.future());
        }
        permits.release(batch.size());
        completions.execute(() -> batch.forEach(p -> p.future().completeExceptionally(error)));
    }

    private Work.ToWriter take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Work.Stop.INSTANCE;
        }
    }
}
