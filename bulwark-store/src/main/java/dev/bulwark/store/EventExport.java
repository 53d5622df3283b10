package dev.bulwark.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Every stored event with its decision, in the order they were appended, read from the store a JDBC URL names while
 * a node may be serving from it: the embedded store's event log without its lock ({@link LogReader}: checked
 * records, nothing written), PostgreSQL's events table in one read-only, repeatable-read transaction (one
 * consistent snapshot). Nothing is written or migrated: an embedded store that an older version wrote (its events
 * still rows of the database file) is refused with what to do.
 */
public final class EventExport {
    private static final int FETCH_SIZE = 1000;

    /** Receives each stored event's JSON and its decision's JSON, UTF-8, as the store keeps them. */
    @FunctionalInterface
    public interface Sink {
        void accept(byte[] event, byte[] decision) throws IOException;
    }

    /** How far an export has come: a fraction from 0 to 1 (of the log's files, or of the table's rows) and the events read. */
    @FunctionalInterface
    public interface Progress {
        void at(double fraction, long events);
    }

    private EventExport() {
    }

    /**
     * Feeds {@code sink} every event stored at {@code jdbcUrl}, in append order; returns how many. Throws
     * {@link StoreException} when there is no store there or it cannot be read, and what {@code sink} throws.
     */
    public static long export(String jdbcUrl, Sink sink, Progress progress) throws IOException {
        if (jdbcUrl.startsWith(Stores.SQLITE)) {
            return embedded(jdbcUrl, sink, progress);
        }
        if (jdbcUrl.startsWith(Stores.POSTGRESQL)) {
            return table(jdbcUrl, sink, progress);
        }
        throw Stores.unsupported(jdbcUrl);
    }

    private static long embedded(String jdbcUrl, Sink sink, Progress progress) throws IOException {
        String path = SqliteStore.path(jdbcUrl);
        Path log = Path.of(path + "-log");
        if (Files.isDirectory(log)) {
            long[] count = {0};
            return LogReader.read(log, (entry, fraction) -> {
                sink.accept(entry.event(), entry.decision());
                progress.at(fraction, ++count[0]);
            });
        }
        if (!Files.exists(Path.of(path))) {
            throw new StoreException("there is no store at " + path + " (no database file, no event log beside it)");
        }
        throw new StoreException("the store at " + path + " was written by an older version of Bulwark, which kept "
                + "events in the database file: start `bulwark serve` on it once (it moves them into the event log), "
                + "then export");
    }

    private static long table(String jdbcUrl, Sink sink, Progress progress) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false); // PostgreSQL fetches in pages only inside a transaction
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long rows = Sql.one(c, "SELECT COUNT(*) FROM events", rs -> rs.getLong(1)).orElse(0L);
            long count = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT body, decision FROM events ORDER BY seq")) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getString(1).getBytes(StandardCharsets.UTF_8),
                                rs.getString(2).getBytes(StandardCharsets.UTF_8));
                        count++;
                        progress.at(Math.min(1, count / (double) Math.max(1, rows)), count);
                    }
                }
            }
            c.rollback();
            return count;
        } catch (SQLException e) {
            throw new StoreException("cannot read the events stored at " + JdbcUrls.mask(jdbcUrl) + ": "
                    + e.getMessage(), e);
        }
    }
}
