package dev.bulwark.server.ingest;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the writer holds a commit open for events still arriving: while clients have connections to spare, it
 * waits in short slices, up to a window from the previous commit's start, for as long as each slice brings more.
 * One commit of many events writes fewer fixed pages and syncs once, where one per handful pays both each time.
 *
 * <p>Design note: a client with idle connections (an open-loop sender, a fleet of producers) does not wait on this
 * commit to send its next events, so waiting costs it at most the window; a client whose every connection waits on
 * an answer (a closed loop) would send nothing more until the commit ends, so the writer commits at once when fewer
 * than {@code minSpare} connections are idle. Measured on the 2-core benchmark VM: ~4 µs of CPU and a fifth of the
 * writer's system calls less per event in the open loop, none lost in the closed loop (docs/benchmarks.md).
 */
final class Gathering {
    /** Never waits. */
    static final Gathering NEVER = new Gathering(0, 1, Integer.MAX_VALUE, () -> 0, System::nanoTime, nanos -> { });

    /** Sleeps the writer for a slice. */
    @FunctionalInterface
    interface Pause {
        void sleep(long nanos);
    }

    private final long windowNanos;
    private final long sliceNanos;
    private final int minSpare;
    private final IntSupplier spare;
    private final LongSupplier nanoTime;
    private final Pause pause;

    Gathering(long windowNanos, long sliceNanos, int minSpare, IntSupplier spare, LongSupplier nanoTime, Pause pause) {
        if (windowNanos < 0 || sliceNanos < 1 || minSpare < 1) {
            throw new IllegalArgumentException("gathering needs a window of 0 or more, a positive slice and spare count");
        }
        this.windowNanos = windowNanos;
        this.sliceNanos = sliceNanos;
        this.minSpare = minSpare;
        this.spare = spare;
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /** As the settings say, with idle connections counted by {@code spare}, on the system's clock. */
    static Gathering of(IngestSettings settings, IntSupplier spare) {
        long window = settings.commitWait().toNanos();
        return window == 0 ? NEVER : new Gathering(window, Math.min(window, IngestSettings.COMMIT_WAIT_SLICE.toNanos()),
                settings.commitWaitSpare(), spare, System::nanoTime, LockSupport::parkNanos);
    }

    /** The time the writer measures from, in nanoseconds. */
    long now() {
        return nanoTime.getAsLong();
    }

    /**
     * Adds to {@code taken} (up to {@code limit} items in all) what arrives in {@code queue} while it is worth waiting:
     * slice by slice, until a slice brings nothing, fewer than the minimum of connections are spare, or the next slice
     * would end past the window from {@code lastStart}, the previous commit's start.
     */
    <T> void gather(BlockingQueue<T> queue, List<T> taken, int limit, long lastStart) {
        long end = lastStart + windowNanos;
        while (taken.size() < limit && end - nanoTime.getAsLong() >= sliceNanos && spare.getAsInt() >= minSpare) {
            pause.sleep(sliceNanos);
            if (queue.drainTo(taken, limit - taken.size()) == 0) {
                return;
            }
        }
    }
}
