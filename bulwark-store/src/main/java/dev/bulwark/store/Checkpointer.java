package dev.bulwark.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from SQLite's write-ahead log into the database file on a background thread, so an
 * append pays only for its own WAL write and fsync, not for the periodic checkpoint (which otherwise lands on
 * whichever commit crosses the threshold and multiplies its latency). The writer keeps a high automatic
 * checkpoint threshold as a safety valve in case this thread falls behind.
 *
 * <p>Design note: SQLite starts the log over from its beginning only when a write transaction begins with every
 * frame of the log already in the database file. Under steady appends a background checkpoint never leaves it
 * so — the writer has appended more by the time it ends — and the log grew to the automatic threshold, where the
 * writer checkpointed by itself inside a commit: copying the last tick's frames and syncing every page copied into
 * the database file since the log last started over, 12–34 ms once a second at 15,000 events/s on this project's
 * benchmark VM (docs/benchmarks.md). So once the log holds {@code restartFrames} this thread checkpoints again at
 * once, to catch up on what was appended meanwhile, and then a third time holding the writer's lock: only the
 * frames of the second pass are left to copy and sync, and the writer's next transaction starts the log over.
 * Each pass's pages are synced right after it, outside the lock ({@link #flush}).
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Connection connection;
    private final String description;
    private final Lock writeLock;
    private final FileChannel database;
    private final int restartFrames;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    /**
     * Checkpoints every {@code every} when something was committed; {@code writeLock} is the lock the writer commits
     * under, held for the last pass before the log is started over, once it holds {@code restartFrames} frames.
     * Takes ownership of {@code connection}: it is closed here if the database file cannot be opened.
     */
    Checkpointer(Connection connection, Path databaseFile, String description, Duration every, Lock writeLock,
                 int restartFrames) throws IOException, SQLException {
        try {
            this.database = FileChannel.open(databaseFile, StandardOpenOption.READ);
        } catch (IOException e) {
            connection.close();
            throw e;
        }
        this.connection = connection;
        this.description = description;
        this.writeLock = writeLock;
        this.restartFrames = restartFrames;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("bulwark-sqlite-checkpoint").unstarted(task));
        timer.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notes that a transaction committed, so the next tick has pages to move. */
    void committed() {
        pending.set(true);
    }

    /** One tick: a passive checkpoint, and when the log holds the restart threshold, the passes that start it over. */
    void tick() {
        if (!pending.getAndSet(false)) {
            return;
        }
        try {
            int logged = passive();
            flush();
            if (logged >= restartFrames && passive() >= 0) {
                flush();
                writeLock.lock();
                try {
                    passive();
                } finally {
                    writeLock.unlock();
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            pending.set(true);
            LOG.warn("background checkpoint of {} failed, will retry: {}", description, e.getMessage());
        }
    }

    /**
     * Syncs the pages just copied into the database file. SQLite syncs that file only when a checkpoint reaches the
     * end of the log, so without this the sync under the writer's lock would carry every page copied since the log
     * last started over (~32 MiB, 10 ms here) instead of the last pass's few.
     */
    private void flush() throws IOException {
        database.force(false);
    }

    /**
     * One passive checkpoint: the frames in the log, or -1 when some were left behind (a reader on an old snapshot,
     * or another checkpoint running), in which case the next tick tries again.
     */
    private int passive() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            // Columns: busy, frames in the log, frames checkpointed.
            if (!rs.next() || rs.getInt(1) != 0 || rs.getInt(3) < rs.getInt(2)) {
                pending.set(true);
                return -1;
            }
            return rs.getInt(2);
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("background checkpoint of {} did not stop in time", description);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("cannot close the checkpoint connection of {}: {}", description, e.getMessage());
        }
        try {
            database.close();
        } catch (IOException e) {
            LOG.warn("cannot close {}: {}", description, e.getMessage());
        }
    }
}
