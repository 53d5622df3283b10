package dev.bulwark.store;

import dev.bulwark.core.port.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the store a JDBC URL names: {@code jdbc:sqlite:} for the embedded file, {@code jdbc:postgresql:} for PostgreSQL. */
public final class Stores {
    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);
    static final String SQLITE = "jdbc:sqlite:";
    static final String POSTGRESQL = "jdbc:postgresql:";

    private Stores() {
    }

    /** Opens the store at {@code jdbcUrl}, migrating its schema to the current version first. */
    public static Store open(String jdbcUrl) {
        Store store;
        if (jdbcUrl.startsWith(SQLITE)) {
            store = new SqliteStore(jdbcUrl);
        } else if (jdbcUrl.startsWith(POSTGRESQL)) {
            store = new PostgresStore(jdbcUrl);
        } else {
            throw unsupported(jdbcUrl);
        }
        LOG.info("store opened: {}", store.describe());
        return store;
    }

    static IllegalArgumentException unsupported(String jdbcUrl) {
        return new IllegalArgumentException("unsupported JDBC URL scheme '" + JdbcUrls.scheme(jdbcUrl) + "' in "
                + JdbcUrls.mask(jdbcUrl) + ": use jdbc:sqlite:<file> or jdbc:postgresql://<host>:<port>/<database>");
    }

    /** The URL of the embedded store in {@code dataDir} ({@code bulwark.db}), creating the directory if needed. */
    public static String embeddedUrl(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        return SQLITE + dataDir.toAbsolutePath().normalize().resolve("bulwark.db");
    }
}
