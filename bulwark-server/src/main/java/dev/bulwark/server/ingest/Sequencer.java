package dev.bulwark.server.ingest;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.server.port.DecisionPath;
import dev.bulwark.server.error.ServerException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that decides: takes submissions in arrival order, answers duplicates with the original decision
 * (in flight: the first's future; stored: the journal's), decides new events, serialises each with its decision
 * (once: the bytes are stored and sent), and hands them to the writer, which then only writes. It
 * completes no caller's future itself (that runs the caller's continuation): the completions executor does.
 */
final class Sequencer implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Sequencer.class);
    private final BlockingQueue<Work.ToSequencer> inbox;
    private final BlockingQueue<Work.ToWriter> writer;
    private final Map<String, CompletableFuture<Decided>> inFlight;
    private final IdIndex index;
    private final DecisionPath path;
    private final Semaphore permits;
    private final IngestMetrics metrics;
    private final AtomicReference<String> failure;
    private final Executor completions;

    Sequencer(BlockingQueue<Work.ToSequencer> inbox, BlockingQueue<Work.ToWriter> writer,
              Map<String, CompletableFuture<Decided>> inFlight, IdIndex index, DecisionPath path,
              Semaphore permits, IngestMetrics metrics, AtomicReference<String> failure, Executor completions) {
        this.inbox = inbox;
        this.writer = writer;
        this.inFlight = inFlight;
        this.index = index;
        this.path = path;
        this.permits = permits;
        this.metrics = metrics;
        this.failure = failure;
        this.completions = completions;
    }

    @Override
    public void run() {
        while (true) {
            Work.ToSequencer next = take();
            if (next instanceof Work.Submission s) {
                for (int i = 0; i < s.events().size(); i++) {
                    sequence(s.events().get(i), s.futures().get(i));
                }
            } else {
                writer.add(Work.Stop.INSTANCE);
                return;
            }
        }
    }

    private void sequence(Event event, CompletableFuture<Decided> future) {
        try {
            if (failure.get() != null) {
                throw new ServerException.Unavailable("the server stopped accepting events after a journal failure",
                        Duration.ofSeconds(30), null);
            }
            CompletableFuture<Decided> first = inFlight.get(event.id());
            if (first != null) {
                answerDuplicate();
                if (first.isDone()) {
                    completions.execute(() -> first.whenComplete((d, e) -> relay(future, d, e)));
                } else {
                    // runs where the first completes: on the completions executor, which stays open until then
                    first.whenComplete((d, e) -> relay(future, d, e));
                }
                return;
            }
            Optional<Decided> stored = index.stored(event.id());
            if (stored.isPresent()) {
                answerDuplicate();
                Decided original = stored.get();
                completions.execute(() -> future.complete(original));
                return;
            }
            JournalEntry entry = decide(event);
            index.decided(event.id());
            inFlight.put(event.id(), future);
            writer.add(new Work.Pending(entry, future));
        } catch (ServerException e) {
            permits.release();
            completions.execute(() -> future.completeExceptionally(e));
        } catch (RuntimeException e) {
            permits.release();
            ServerException error = new ServerException.Unavailable(
                    "could not check whether the event was already stored", Duration.ofSeconds(1), e);
            completions.execute(() -> future.completeExceptionally(error));
        } catch (Error e) {
            // The engine's state may be half-updated: refuse everything until a restart rebuilds it from the journal.
            // This thread lives on to answer what is queued (and to pass the writer its stop), so no caller hangs.
            failure.compareAndSet(null, "the decision path failed: " + e);
            LOG.atError().setCause(e).addKeyValue("event_type", event.type())
                    .log("decision path threw an error; refusing new events until restart");
            permits.release();
            ServerException error = new ServerException.Unavailable(
                    "the decision path failed; the server stopped accepting events", Duration.ofSeconds(30), e);
            completions.execute(() -> future.completeExceptionally(error));
        }
    }

    /** Decides and serialises; a failure of either refuses the event with a problem that says so. */
    private JournalEntry decide(Event event) {
        try {
            return JournalEntry.of(path.decide(event));
        } catch (RuntimeException e) {
            metrics.decideFailed();
            LOG.atError().setCause(e).addKeyValue("event_type", event.type()).log("decision path failed");
            throw new ServerException.DecisionFailed("the decision path failed on this event; it was not accepted", e);
        }
    }

    private void answerDuplicate() {
        permits.release();
        metrics.duplicate();
    }

    private static void relay(CompletableFuture<Decided> to, Decided decision, Throwable error) {
        if (error != null) {
            to.completeExceptionally(error);
        } else {
            to.complete(decision);
        }
    }

    private Work.ToSequencer take() {
        try {
            return inbox.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Work.Stop.INSTANCE;
        }
    }
}
