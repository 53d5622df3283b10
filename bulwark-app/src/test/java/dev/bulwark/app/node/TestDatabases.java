package dev.bulwark.app.node;

import dev.bulwark.store.Stores;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The databases node tests run on: the embedded store always, PostgreSQL when BULWARK_TEST_PG_URL is set. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** Names of the databases to test: {@code embedded}, and {@code postgresql} when configured. */
    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("embedded"));
        if (pgUrl() != null) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    /** A fresh database of the given kind: a file under {@code dir}, or a new schema in PostgreSQL. */
    public static String fresh(String kind, Path dir) throws SQLException {
        if (kind.equals("embedded")) {
            return Stores.embeddedUrl(dir);
        }
        String url = pgUrl();
        String schema = "node_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String pgUrl() {
        String url = System.getenv("BULWARK_TEST_PG_URL");
        return url == null || url.isBlank() ? null : url;
    }
}
