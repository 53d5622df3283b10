package dev.bulwark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the journal's append gets its prepared statements for one transaction. Pooled connections prepare fresh
 * ones and close them at the end ({@link #fresh}); the embedded store's single writer keeps one per statement for
 * its lifetime ({@link #kept}), since preparing (parsing SQL against the schema) was an eighth of its time.
 */
abstract class Statements implements AutoCloseable {
    /** The statement for {@code sql}, with no parameters bound and an empty batch. */
    abstract PreparedStatement prepare(String sql) throws SQLException;

    /** Ends the transaction's use: closes fresh statements, clears kept ones. */
    @Override
    public abstract void close() throws SQLException;

    /** Statements prepared on {@code connection} and closed by {@link #close()}. */
    static Statements fresh(Connection connection) {
        return new Statements() {
            private final List<PreparedStatement> open = new ArrayList<>();

            @Override
            PreparedStatement prepare(String sql) throws SQLException {
                PreparedStatement ps = connection.prepareStatement(sql);
                open.add(ps);
                return ps;
            }

            @Override
            public void close() throws SQLException {
                SQLException first = null;
                for (PreparedStatement ps : open) {
                    try {
                        ps.close();
                    } catch (SQLException e) {
                        first = first == null ? e : first;
                    }
                }
                open.clear();
                if (first != null) {
                    throw first;
                }
            }
        };
    }

    /** Statements prepared once on {@code connection}, which one thread at a time uses, and kept until it closes. */
    static Statements kept(Connection connection) {
        return new Statements() {
            private final Map<String, PreparedStatement> cache = new HashMap<>();
            private final List<PreparedStatement> used = new ArrayList<>();

            @Override
            PreparedStatement prepare(String sql) throws SQLException {
                PreparedStatement ps = cache.get(sql);
                if (ps == null) {
                    ps = connection.prepareStatement(sql);
                    cache.put(sql, ps);
                }
                used.add(ps);
                return ps;
            }

            @Override
            public void close() throws SQLException {
                // a batch a failed transaction left behind must not run in the next one
                for (PreparedStatement ps : used) {
                    ps.clearBatch();
                    ps.clearParameters();
                }
                used.clear();
            }
        };
    }
}
