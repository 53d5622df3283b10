package dev.bulwark.app.demo;

import dev.bulwark.sim.ProgressListener;
import dev.bulwark.sim.SimConfig;
import dev.bulwark.sim.Simulation;
import dev.bulwark.sim.TruthRow;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator on a thread of its own, pairing each event with its truth row and handing both to a bounded queue.
 * The simulator blocks while the queue is full, so it runs exactly as fast as the events are sent.
 */
final class SimFeed implements Feed, AutoCloseable {
    private final BlockingQueue<SimEvent> queue;
    private final CountDownLatch first = new CountDownLatch(1);
    private final AtomicReference<String> firstId = new AtomicReference<>("");
    private final AtomicReference<String> failure = new AtomicReference<>("");
    private final Thread thread;
    private volatile boolean finished;
    private String pendingJson = "";

    private SimFeed(SimConfig config, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> run(config), "demo-simulator");
        thread.setDaemon(true);
    }

    /** Starts simulating {@code config}, holding at most {@code capacity} events not yet taken. */
    static SimFeed start(SimConfig config, int capacity) {
        SimFeed feed = new SimFeed(config, capacity);
        feed.thread.start();
        return feed;
    }

    private void run(SimConfig config) {
        try {
            Simulation.stream(config, json -> pendingJson = json, this::truth, ProgressListener.NONE);
        } catch (Stopped e) {
            // Closed before the end of the run: nothing more to send.
        } catch (RuntimeException e) {
            failure.set(String.valueOf(e.getMessage()));
        } finally {
            finished = true;
            first.countDown();
        }
    }

    /** An event's truth row follows its JSON line at once; entity rows, which come before, are not needed here. */
    private void truth(TruthRow row) {
        if (row.kind() != TruthRow.Kind.EVENT) {
            return;
        }
        try {
            queue.put(new SimEvent(row.id(), pendingJson, row.role(), row.typology()));
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        if (firstId.compareAndSet("", row.id())) {
            first.countDown();
        }
    }

    /** The id of the first event, once the simulator has produced it; empty if it produced none in time. */
    Optional<String> firstId(Duration timeout) throws InterruptedException {
        first.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return Optional.of(firstId.get()).filter(id -> !id.isEmpty());
    }

    @Override
    public int drainTo(List<SimEvent> into, int max) {
        return queue.drainTo(into, max);
    }

    /** Whether the simulated run is over and every event of it was taken. */
    @Override
    public boolean exhausted() {
        return finished && queue.isEmpty();
    }

    /** Why the simulator stopped early, if it failed. */
    Optional<String> failure() {
        return Optional.of(failure.get()).filter(f -> !f.isEmpty());
    }

    /** Stops the simulator and waits briefly for its thread. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(5_000);
    }

    /** Unwinds the simulator when the feed is closed while it waits for room. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
