package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Under steady appends a background checkpoint never finds the log fully copied, so SQLite would not start it
 * over; the checkpointer's last pass, under the writer's lock, copies what the writer appended up to that lock, so
 * the writer's next transaction starts the log from its beginning.
 */
class CheckpointerTest {
    private static final int RESTART_FRAMES = 256;
    private static final byte[] BODY = new byte[4 * 4096];

    @TempDir
    Path dir;

    @Test
    void framesAppendedUpToTheWritersLockAreCopiedSoTheNextTransactionStartsTheLogOver() throws Exception {
        Path file = dir.resolve("log.db");
        try (Connection writer = writer(file)) {
            append(writer, 80); // ~320 frames, over the restart threshold
            // The writer commits once more just before the checkpointer gets its lock, as it does under load.
            WriterLock lock = new WriterLock(writer);
            tick(file, lock);
            assertThat(lock.taken).isTrue();

            append(writer, 1);

            assertThat(framesInLog(file)).as("frames in the log after one more transaction").isLessThan(20);
            assertThat(rows(writer)).isEqualTo(80 + 10 + 1);
        }
    }

    @Test
    void belowTheThresholdTheWritersLockIsNotTaken() throws Exception {
        Path file = dir.resolve("small.db");
        try (Connection writer = writer(file)) {
            append(writer, 10);
            WriterLock lock = new WriterLock(writer);
            tick(file, lock);
            assertThat(lock.taken).isFalse();
            assertThat(rows(writer)).isEqualTo(10);
        }
    }

    /** The writer's lock, which appends ten rows on the writer just before it is first taken. */
    private static final class WriterLock extends ReentrantLock {
        private final Connection writer;
        boolean taken;

        WriterLock(Connection writer) {
            this.writer = writer;
        }

        @Override
        public void lock() {
            if (!taken) {
                taken = true;
                try {
                    append(writer, 10);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            super.lock();
        }
    }

    /** A writer connection on a new file with one table, in manual commit mode. */
    private static Connection writer(Path file) throws SQLException {
        Connection writer = connect(file, true);
        try (Statement ddl = writer.createStatement()) {
            ddl.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)");
        }
        writer.setAutoCommit(false);
        return writer;
    }

    /** One tick of a checkpointer on the file whose timer never fires, after a commit. */
    private static void tick(Path file, WriterLock lock) throws Exception {
        try (Checkpointer checkpointer = new Checkpointer(connect(file, false), file, "test", Duration.ofHours(1),
                lock, RESTART_FRAMES)) {
            checkpointer.committed();
            checkpointer.tick();
        }
    }

    private static void append(Connection writer, int rows) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO t (body) VALUES (?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setBytes(1, BODY);
                insert.executeUpdate();
            }
        }
        writer.commit();
    }

    private static int rows(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Frames in the log, from a checkpoint on a connection of its own (which copies them, changing nothing else). */
    private static int framesInLog(Path file) throws Exception {
        try (Connection c = connect(file, false); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            rs.next();
            return rs.getInt(2);
        }
    }

    private static Connection connect(Path file, boolean writer) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        if (writer) {
            config.setWalAutocheckpoint(1_000_000); // the writer never checkpoints by itself here
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
