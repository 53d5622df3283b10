package dev.bulwark.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: events and their decisions in an {@link EventLog} of its own ({@code <file>-log/}, through
 * {@link LogJournal}), everything else in one SQLite file in WAL mode. SQLite allows one writer at a time, so every
 * write goes through a single dedicated connection under a lock, with {@code synchronous=FULL} so a commit is on disk
 * before it returns (the rows events bring use a second connection that need not sync; see {@link LogJournal});
 * reads use a small pool of other connections, which WAL lets run alongside the writer, and a {@link Checkpointer}
 * folds the log back into the file in the background.
 */
final class SqliteStore extends JdbcStore {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int WRITER_CACHE_KIB = 64 * 1024;
    private static final int READER_CACHE_KIB = 16 * 1024;
    // Pages are read through a memory map instead of read() calls: the id indexes take random inserts, and once
    // they outgrow the page cache each insert otherwise pays syscalls and copies (the writer's CPU grows with the
    // file). The mapping is address space, not memory; SQLite caps it at its own maximum (2 GiB by default).
    private static final long MMAP_BYTES = 1L << 31;
    private static final int AUTO_CHECKPOINT_PAGES = 16_384; // ~64 MiB: only if the background checkpoint falls behind
    // The background checkpoint starts the log over at ~32 MiB (see Checkpointer), under the size limit, so the
    // log file is overwritten in place rather than truncated and grown again.
    private static final int RESTART_FRAMES = 8_192;
    private static final int WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
    // Short, frequent checkpoints: each moves few pages, so its fsync of the database file stays short and delays
    // the writer's own WAL fsync less (500 ms gave more commits over 10 ms under load; see docs/benchmarks.md).
    private static final Duration CHECKPOINT_EVERY = Duration.ofMillis(100);

    private final String description;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final Checkpointer checkpointer;
    private final Connection journalWriter;
    private final Statements journalStatements;
    private final LogJournal journal;
    private final HikariDataSource readers;

    SqliteStore(String url) {
        this(url, EventLog.DEFAULT_SEGMENT_BYTES);
    }

    /** The store at {@code url}, its event log in {@code <file>-log/} cut into segments of {@code segmentBytes}. */
    SqliteStore(String url, int segmentBytes) {
        super("rowid");
        this.description = "sqlite:" + path(url);
        Migrations.run(dataSource(url, SqliteStore::writer), Migrations.SQLITE, description);
        this.writer = connect(url, SqliteStore::writer);
        try {
            writer.setAutoCommit(false);
            this.checkpointer = new Checkpointer(connect(url, c -> c.setSynchronous(SQLiteConfig.SynchronousMode.FULL)),
                    Path.of(path(url)), description, CHECKPOINT_EVERY, writeLock, RESTART_FRAMES);
        } catch (SQLException | IOException | RuntimeException e) {
            close(writer);
            throw new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
        this.journalWriter = connect(url, SqliteStore::journalWriter);
        try {
            journalWriter.setAutoCommit(false);
            this.journalStatements = Statements.kept(journalWriter, Statements.Text.UTF8_BYTES);
            this.journal = LogJournal.open(Path.of(path(url) + "-log"), segmentBytes, this::writeDerived, description);
        } catch (SQLException | RuntimeException e) {
            checkpointer.close();
            close(journalWriter);
            close(writer);
            throw e instanceof StoreException s ? s
                    : new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
        try {
            this.readers = readPool(url);
        } catch (RuntimeException e) {
            journal.close();
            checkpointer.close();
            close(journalWriter);
            close(writer);
            throw new StoreException("cannot open readers on " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * The connection that writes the rows events bring (alerts, enforcements, labels) after the event log has synced
     * them: its commits need not sync, since the log holds what a crash could lose and {@link LogJournal} writes it
     * again on the next start.
     */
    private static void journalWriter(SQLiteConfig config) {
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-READER_CACHE_KIB);
        config.setWalAutocheckpoint(AUTO_CHECKPOINT_PAGES);
        config.setJournalSizeLimit(WAL_SIZE_LIMIT_BYTES);
    }

    private void writeDerived(LogJournal.Work work) throws SQLException {
        writeLock.lock();
        try {
            Sql.inTransaction(journalWriter, c -> {
                try (Statements statements = journalStatements) {
                    work.run(c, statements);
                }
                return null;
            });
            checkpointer.committed();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void write(List<JournalEntry> batch) {
        if (!batch.isEmpty()) {
            journal.write(batch);
        }
    }

    @Override
    public Optional<Decision> decision(String eventId) {
        return journal.decision(eventId);
    }

    @Override
    public Optional<Event> event(String eventId) {
        return journal.event(eventId);
    }

    @Override
    public void replay(Consumer<Event> sink) {
        journal.replay(sink);
    }

    @Override
    public void eventIds(Consumer<String> sink) {
        journal.eventIds(sink);
    }

    @Override
    public long eventCount() {
        return journal.eventCount();
    }

    @Override
    public boolean healthy() {
        return journal.healthy() && super.healthy();
    }

    /** The file an embedded URL names; an in-memory database is refused, since each connection would get its own. */
    static String path(String url) {
        String path = JdbcUrls.describe(url).substring("sqlite:".length());
        if (path.isBlank() || path.contains(":memory:") || url.contains("mode=memory")) {
            throw new IllegalArgumentException("the embedded store needs a file, not an in-memory database: "
                    + JdbcUrls.mask(url));
        }
        return path.startsWith("file:") ? path.substring("file:".length()) : path;
    }

    private static void writer(SQLiteConfig config) {
        // journal_mode is kept in the file; synchronous and the rest are per connection, and only the writer commits.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setCacheSize(-WRITER_CACHE_KIB);
        config.setWalAutocheckpoint(AUTO_CHECKPOINT_PAGES);
        config.setJournalSizeLimit(WAL_SIZE_LIMIT_BYTES);
    }

    private static SQLiteDataSource dataSource(String url, Consumer<SQLiteConfig> tuning) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        tuning.accept(config);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    private Connection connect(String url, Consumer<SQLiteConfig> tuning) {
        try {
            return dataSource(url, tuning).getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    private static HikariDataSource readPool(String url) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource(url, c -> c.setCacheSize(-READER_CACHE_KIB)));
        config.setPoolName("bulwark-sqlite-read");
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    @Override
    <T> T readTransaction(Sql.Work<T> work) throws SQLException {
        try (Connection c = readers.getConnection()) {
            return Sql.inTransaction(c, work);
        }
    }

    @Override
    <T> T writeTransaction(Sql.Work<T> work) throws SQLException {
        writeLock.lock();
        try {
            T result = Sql.inTransaction(writer, work);
            checkpointer.committed();
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        readers.close();
        journal.close();
        checkpointer.close();
        writeLock.lock();
        try {
            close(journalWriter);
            close(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + description + ": " + e.getMessage(), e);
        }
    }
}
