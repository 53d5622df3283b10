package dev.bulwark.server.ingest;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.EventJournal;
import dev.bulwark.server.port.DecisionPath;
import dev.bulwark.server.error.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntSupplier;

/**
 * Accepts validated events and completes each caller's future with its decision once the event is durable.
 * Capacity is counted from submission until the journal append returns, so memory stays bounded however slow the
 * journal is; a submission that does not fit is refused whole, never blocked on, and never half-accepted.
 */
public final class IngestPipeline implements AutoCloseable {
    private enum State { NEW, RECOVERING, RUNNING, CLOSED }

    private final EventJournal journal;
    private final DecisionPath path;
    private final IngestSettings settings;
    private final IngestMetrics metrics;
    private final Executor completions;
    private final int completionThreads;
    private final Gathering gathering;
    private final Semaphore permits;
    private final BlockingQueue<Work.ToSequencer> inbox = new LinkedBlockingQueue<>();
    private final BlockingQueue<Work.ToWriter> toWriter = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Decided>> inFlight = new ConcurrentHashMap<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final List<Thread> threads = new ArrayList<>();
    private volatile State state = State.NEW;
    private volatile long recoveredEvents;
    private volatile boolean recovered;

    /**
     * A pipeline that has not started; {@code completions} runs the callers' continuations (which write the
     * responses) on {@code completionThreads} threads; {@code spareConnections} counts the clients' connections that
     * wait on no answer, which lets the writer hold a commit open for more events ({@link IngestSettings#commitWait()}).
     */
    public IngestPipeline(EventJournal journal, DecisionPath path, IngestSettings settings, IngestMetrics metrics,
                          Executor completions, int completionThreads, IntSupplier spareConnections) {
        this(journal, path, settings, metrics, completions, completionThreads, Gathering.of(settings, spareConnections));
    }

    /** As above, with the writer's waits for more events decided by {@code gathering}. */
    IngestPipeline(EventJournal journal, DecisionPath path, IngestSettings settings, IngestMetrics metrics,
                   Executor completions, int completionThreads, Gathering gathering) {
        this.journal = journal;
        this.path = path;
        this.settings = settings;
        this.metrics = metrics;
        this.completions = completions;
        this.completionThreads = completionThreads;
        this.gathering = gathering;
        this.permits = new Semaphore(settings.queueCapacity());
    }

    /** Replays the journal through {@link DecisionPath#observe}, then starts accepting; blocks until then. */
    public void start() {
        state = State.RECOVERING;
        IdIndex index = new IdIndex(journal, Math.max(1 << 20, journal.eventCount() * 2));
        recoveredEvents = Recovery.replay(journal, path, index, settings.progressEvery());
        recovered = true;
        threads.add(thread("bulwark-sequencer",
                new Sequencer(inbox, toWriter, inFlight, index, path, permits, metrics, failure, completions)));
        threads.add(thread("bulwark-journal-writer", new JournalWriter(toWriter, journal, inFlight, permits,
                settings.commitBatchSize(), completions, completionThreads, failure, metrics, gathering)));
        gate.writeLock().lock();
        try {
            if (state == State.RECOVERING) {
                state = State.RUNNING;
                threads.forEach(Thread::start);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Queues events, in order, and returns one future per event completing with its decision once durable (or
     * with the original decision for an id already seen). Throws when the queue has no room for all of them.
     */
    public List<CompletableFuture<Decided>> submit(List<Event> events) {
        gate.readLock().lock();
        try {
            refuseUnlessRunning(events.size());
            if (events.isEmpty()) {
                return List.of();
            }
            if (!permits.tryAcquire(events.size())) {
                metrics.rejected("overloaded", events.size());
                throw new ServerException.Overloaded("the ingest queue is full (" + settings.queueCapacity()
                        + " events in flight); retry shortly", Duration.ofSeconds(1));
            }
            List<CompletableFuture<Decided>> futures = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                futures.add(new CompletableFuture<>());
            }
            inbox.add(new Work.Submission(events, futures));
            return futures;
        } finally {
            gate.readLock().unlock();
        }
    }

    private void refuseUnlessRunning(int events) {
        String why = switch (state) {
            case NEW, RECOVERING -> "the server is recovering its state from the journal";
            case CLOSED -> "the server is shutting down";
            case RUNNING -> failure.get() == null ? null : "the server stopped accepting events after a journal failure";
        };
        if (why != null) {
            metrics.rejected("unavailable", events);
            throw new ServerException.Unavailable(why, Duration.ofSeconds(state == State.RUNNING ? 30 : 5), null);
        }
    }

    /** Where the pipeline stands. */
    public IngestStatus status() {
        State s = state;
        Optional<String> failed = Optional.ofNullable(failure.get());
        return new IngestStatus(recovered, s == State.RUNNING && failed.isEmpty(), failed, settings.queueCapacity() - permits.availablePermits(),
                settings.queueCapacity(), recoveredEvents);
    }

    /** Stops accepting, decides and stores everything already accepted, then returns. */
    @Override
    public void close() {
        gate.writeLock().lock();
        try {
            boolean running = state == State.RUNNING;
            state = State.CLOSED;
            if (!running) {
                return;
            }
            inbox.add(Work.Stop.INSTANCE);
        } finally {
            gate.writeLock().unlock();
        }
        threads.forEach(IngestPipeline::joinUninterruptibly);
    }

    private Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> failure.compareAndSet(null, th.getName() + " died: " + e));
        return t;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
