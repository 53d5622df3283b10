package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        store.append(List.of(Fixtures.allowed(Fixtures.order("e-1", Fixtures.at(0)))));
        store.close();

        String url = baseUrl();
        store = Stores.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);

        assertThat(store.event("e-1")).contains(Fixtures.order("e-1", Fixtures.at(0)));
    }

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {1, 2})
    void aSchemaAnOlderVersionWroteKeepsItsEventsAndDecisionsInOrder(int version) throws Exception {
        store.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
        execute("CREATE SCHEMA " + schema);
        String url = baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway.configure(getClass().getClassLoader()).dataSource(url, null, null).locations(Migrations.POSTGRESQL)
                .target(String.valueOf(version)).load().migrate();
        List<Recorded> written = List.of(Fixtures.reviewed(Fixtures.order("e-1", Fixtures.at(0))),
                Fixtures.allowed(Fixtures.order("e-2", Fixtures.at(1))));
        try (Connection c = DriverManager.getConnection(url)) {
            Fixtures.writeAsVersion(version, c, written);
        }

        store = Stores.open(url);

        Fixtures.assertMigrated(store, written);
    }

    @Test
    void exportsEveryEventWithItsDecisionInAppendOrderFromOneSnapshotWhileOpen() throws Exception {
        List<Recorded> written = EventExportTest.fill(store);
        String url = baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;

        EventExportTest.Exported out = EventExportTest.export(url);

        assertThat(out.events()).isEqualTo(written.stream().map(Recorded::event).toList());
        assertThat(out.decisions()).isEqualTo(written.stream().map(Recorded::decision).toList());
        assertThat(out.fractions()).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void exportingASchemaWithoutBulwarksTablesSaysWhatIsMissing() {
        String url = baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema + "_none";

        assertThatThrownBy(() -> EventExportTest.export(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot read the events stored at").hasMessageContaining("events");
    }
}
