package dev.bulwark.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store on PostgreSQL: a pool of connections, each operation one transaction. A commit returns once the server
 * has flushed it to its write-ahead log (the default {@code synchronous_commit}).
 */
final class PostgresStore extends JdbcStore {
    private static final int POOL_SIZE = 8;
    private static final long CONNECTION_TIMEOUT_MILLIS = 5_000; // so a health check on a dead server answers promptly

    private final String description;
    private final HikariDataSource pool;

    PostgresStore(String url) {
        super("seq");
        this.description = JdbcUrls.describe(url);
        PGSimpleDataSource direct = new PGSimpleDataSource();
        direct.setURL(url);
        Migrations.run(direct, Migrations.POSTGRESQL, description);
        HikariConfig config = new HikariConfig();
        config.setDataSource(direct);
        config.setPoolName("bulwark-postgresql");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setAutoCommit(false); // also what lets replay stream with a fetch size
        try {
            this.pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    <T> T readTransaction(Sql.Work<T> work) throws SQLException {
        return writeTransaction(work);
    }

    @Override
    <T> T writeTransaction(Sql.Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return Sql.inTransaction(c, work);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}
