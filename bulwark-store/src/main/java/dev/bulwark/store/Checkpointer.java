package dev.bulwark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from SQLite's write-ahead log into the database file on a background thread, so an
 * append pays only for its own WAL write and fsync, not for the periodic checkpoint (which otherwise lands on
 * whichever commit crosses the threshold and multiplies its latency). The writer keeps a high automatic
 * checkpoint threshold as a safety valve in case this thread falls behind.
 */
final class Checkpointer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Connection connection;
    private final String description;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    Checkpointer(Connection connection, String description, Duration every) {
        this.connection = connection;
        this.description = description;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("bulwark-sqlite-checkpoint").unstarted(task));
        timer.scheduleWithFixedDelay(this::checkpoint, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Notes that a transaction committed, so the next tick has pages to move. */
    void committed() {
        pending.set(true);
    }

    private void checkpoint() {
        if (!pending.getAndSet(false)) {
            return;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            // Columns: busy, frames in the log, frames checkpointed. A reader on an old snapshot can hold some back.
            if (rs.next() && rs.getInt(3) < rs.getInt(2)) {
                pending.set(true);
            }
        } catch (SQLException | RuntimeException e) {
            pending.set(true);
            LOG.warn("background checkpoint of {} failed, will retry: {}", description, e.getMessage());
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
    }
}
