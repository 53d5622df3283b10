package dev.bulwark.store;

import java.nio.charset.StandardCharsets;
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
    /** How a JSON body, UTF-8 bytes, is bound to a {@code CAST(? AS TEXT)} parameter. */
    enum Text {
        /** As a string: what every driver takes. */
        STRING,
        /**
         * As the bytes themselves, a BLOB that SQLite's {@code CAST} reads as text in the database's encoding (UTF-8)
         * without building a string that its driver would encode again. Not for PostgreSQL, whose cast of
         * {@code bytea} to text is its escaped form.
         */
        UTF8_BYTES
    }

    private final Text text;

    private Statements(Text text) {
        this.text = text;
    }

    /** The statement for {@code sql}, with no parameters bound and an empty batch. */
    abstract PreparedStatement prepare(String sql) throws SQLException;

    /** Binds the UTF-8 text {@code utf8} to the {@code CAST(? AS TEXT)} parameter at {@code index}. */
    final void text(PreparedStatement ps, int index, byte[] utf8) throws SQLException {
        switch (text) {
            case STRING -> ps.setString(index, new String(utf8, StandardCharsets.UTF_8));
            case UTF8_BYTES -> ps.setBytes(index, utf8);
        }
    }

    /** Ends the transaction's use: closes fresh statements, clears kept ones. */
    @Override
    public abstract void close() throws SQLException;

    /** Statements prepared on {@code connection} and closed by {@link #close()}; text bound as strings. */
    static Statements fresh(Connection connection) {
        return new Statements(Text.STRING) {
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

    /**
     * Statements prepared once on {@code connection}, which one thread at a time uses, and kept until it closes; text
     * bound as {@code text} says.
     */
    static Statements kept(Connection connection, Text text) {
        return new Statements(text) {
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
