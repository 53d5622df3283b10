package dev.bulwark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The little JDBC the store needs: transactions, parameter binding and row mapping. */
final class Sql {
    private Sql() {
    }

    /** Work done on a connection inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} on a connection with auto-commit off, committing on success and rolling back on failure. */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** Every row the query returns, mapped. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** The first row the query returns, mapped. */
    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
        }
    }

    /** Runs an insert, update or delete; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** A statement with its parameters bound. */
    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, args);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    /**
     * Binds parameters in order: instants (and optional instants) as epoch nanoseconds, empty optionals as
     * NULL, everything else as itself.
     */
    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Optional<?> optional) {
                arg = optional.isPresent() ? optional.get() : null;
            }
            switch (arg) {
                case null -> ps.setNull(i + 1, Types.NULL); // untyped, so PostgreSQL infers the column's type
                case Instant t -> ps.setLong(i + 1, Codec.nanos(t));
                case Boolean b -> ps.setBoolean(i + 1, b);
                default -> ps.setObject(i + 1, arg);
            }
        }
    }

    /** An instant column, stored as epoch nanoseconds. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Codec.instant(rs.getLong(column));
    }

    /** A nullable instant column, stored as epoch nanoseconds. */
    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        long nanos = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Codec.instant(nanos));
    }

    /** A nullable text column. */
    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
