package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.port.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on a real PostgreSQL named by {@code BULWARK_TEST_PG_URL}; each test gets a schema of its own,
 * created empty and dropped afterwards, so runs never see each other's rows.
 */
@EnabledIfEnvironmentVariable(named = "BULWARK_TEST_PG_URL", matches = ".+")
class PostgresStoreTest extends StoreContractTest {
    private String schema = "";

    private static String baseUrl() {
        return System.getenv("BULWARK_TEST_PG_URL");
    }

    @Override
    protected Store open() {
        schema = "bulwark_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        String url = baseUrl();
        return Stores.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @Override
    protected void cleanUp() {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Test
    void describesTheServerWithoutParametersOrCredentials() {
        assertThat(store.describe()).startsWith("postgresql://").doesNotContain("?").doesNotContain("user=");
    }

    @Test
    void reopeningTheSameSchemaKeepsEverythingAndRunsNoMigrationTwice() {
        store.append(java.util.List.of(Fixtures.allowed(Fixtures.order("e-1", Fixtures.at(0)))));
        store.close();

        String url = baseUrl();
        store = Stores.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);

        assertThat(store.event("e-1")).contains(Fixtures.order("e-1", Fixtures.at(0)));
    }
}
