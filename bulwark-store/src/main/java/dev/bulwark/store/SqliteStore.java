package dev.bulwark.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file in WAL mode. SQLite allows one writer at a time, so every write goes through a
 * single dedicated connection under a lock, with {@code synchronous=FULL} so a commit is on disk before it returns;
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
    private final Statements writerStatements;
    private final HikariDataSource readers;

    SqliteStore(String url) {
        super("rowid");
        this.description = "sqlite:" + path(url);
        Migrations.run(dataSource(url, SqliteStore::writer), Migrations.SQLITE, description);
        this.writer = connect(url, SqliteStore::writer);
        try {
            writer.setAutoCommit(false);
            this.writerStatements = Statements.kept(writer, Statements.Text.UTF8_BYTES);
            this.checkpointer = new Checkpointer(connect(url, c -> c.setSynchronous(SQLiteConfig.SynchronousMode.FULL)),
                    Path.of(path(url)), description, CHECKPOINT_EVERY, writeLock, RESTART_FRAMES);
        } catch (SQLException | IOException | RuntimeException e) {
            close(writer);
            throw new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
        try {
            this.readers = readPool(url);
        } catch (RuntimeException e) {
            checkpointer.close();
            close(writer);
            throw new StoreException("cannot open readers on " + description + ": " + e.getMessage(), e);
        }
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
    Statements statements(Connection connection) {
        return connection == writer ? writerStatements : super.statements(connection);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        readers.close();
        checkpointer.close();
        writeLock.lock();
        try {
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
