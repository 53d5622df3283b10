package dev.bulwark.store;

import static dev.bulwark.store.Fixtures.at;
import static dev.bulwark.store.Fixtures.buyer;
import static dev.bulwark.store.Fixtures.enforcement;
import static dev.bulwark.store.Fixtures.order;
import static dev.bulwark.store.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.port.AuditEntry;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

/** The store contract on the embedded SQLite file, plus what only a file can show: it survives a reopen. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dataDir;

    @Override
    protected Store open() {
        return Stores.open(Stores.embeddedUrl(dataDir));
    }

    @Test
    void everythingSurvivesClosingAndReopeningTheFile() {
        Recorded recorded = reviewed(order("e-1", at(0)), enforcement("enf-1", buyer("b-1"), "e-1", at(0), Optional.empty()));
        store.append(List.of(recorded));
        store.reverse("enf-1", new Reversal(at(5), "ana", "appeal upheld"));
        store.saveList(new ListDefinition("blocked_devices", "device", "Card testers"));
        store.record(new AuditEntry(at(6), "ana", "enforcement.reverse", "enf-1", "appeal upheld"));
        store.close();

        store = open();

        assertThat(store.event("e-1")).contains(recorded.event());
        assertThat(store.decision("e-1")).contains(recorded.decision());
        assertThat(store.alert(Alert.idFor("e-1"))).isEqualTo(recorded.alert());
        assertThat(store.enforcement("enf-1").orElseThrow().reversal()).isPresent();
        assertThat(store.list("blocked_devices")).isPresent();
        assertThat(store.recent(10)).hasSize(1);
        assertThat(store.eventCount()).isEqualTo(1);
    }

    @Test
    void bodiesAreStoredAsTextThatSqlReads() throws Exception {
        store.append(List.of(reviewed(order("e-1", at(0)))));
        Path file = dataDir.resolve("bulwark.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT typeof(body), typeof(decision), "
                     + "json_extract(body, '$.data.buyer_id'), json_extract(decision, '$.outcome') FROM events")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .containsExactly("text", "text", "b-1001", "review");
        }
    }

    @Test
    void theFileIsInWriteAheadLogModeAndDescribedByItsPath() throws Exception {
        Path file = dataDir.resolve("bulwark.db").toAbsolutePath();

        assertThat(store.describe()).isEqualTo("sqlite:" + file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void appendingEventsRewritesNoSequenceRow() throws Exception {
        store.append(List.of(reviewed(order("e-1", at(0))), Fixtures.allowed(order("e-2", at(1)))));
        Path file = dataDir.resolve("bulwark.db").toAbsolutePath();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_sequence WHERE name = 'events'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {1, 2, 3})
    void aFileAnOlderSchemaWroteKeepsItsEventsAndDecisionsInOrder(int version, @TempDir Path older) throws Exception {
        store.close();
        Path file = older.resolve("bulwark.db").toAbsolutePath();
        SQLiteDataSource previous = new SQLiteDataSource();
        previous.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(getClass().getClassLoader()).dataSource(previous).locations(Migrations.SQLITE)
                .target(String.valueOf(version)).load().migrate();
        List<Recorded> written = List.of(reviewed(order("e-1", at(0))), Fixtures.allowed(order("e-2", at(1))));
        try (Connection c = previous.getConnection()) {
            Fixtures.writeAsVersion(version, c, written);
        }

        store = Stores.open(Stores.embeddedUrl(older));

        Fixtures.assertMigrated(store, written);
    }
}
