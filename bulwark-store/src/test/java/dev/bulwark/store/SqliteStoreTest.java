package dev.bulwark.store;

import static dev.bulwark.store.Fixtures.at;
import static dev.bulwark.store.Fixtures.buyer;
import static dev.bulwark.store.Fixtures.enforcement;
import static dev.bulwark.store.Fixtures.order;
import static dev.bulwark.store.Fixtures.reviewed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void eventsGoToTheLogAndTheRowsTheyBringToTheDatabase() throws Exception {
        store.append(List.of(reviewed(order("e-1", at(0)), enforcement("enf-1", buyer("b-1"), "e-1", at(0), Optional.empty())),
                Fixtures.allowed(order("e-2", at(1)))));

        assertThat(dataDir.resolve("bulwark.db-log")).isDirectory();
        assertThat(count("events")).isZero();
        assertThat(count("alerts")).isEqualTo(1);
        assertThat(count("enforcements")).isEqualTo(1);
        assertThat(store.decision("e-2")).isPresent();
    }

    @Test
    void aSecondStoreOnTheSameFilesIsRefusedWhileTheFirstIsOpen() {
        assertThatThrownBy(() -> Stores.open(Stores.embeddedUrl(dataDir)))
                .isInstanceOf(StoreException.class).hasMessageContaining("in use by another store");

        store.close();
        store = open();
        assertThat(store.healthy()).isTrue();
    }

    @Test
    void rowsACrashLostAfterTheirEventsReachedTheLogAreWrittenOnTheNextStart() throws Exception {
        Recorded recorded = reviewed(order("e-1", at(0)), enforcement("enf-1", buyer("b-1"), "e-1", at(0), Optional.empty()));
        store.append(List.of(Fixtures.allowed(order("e-0", at(0))), recorded));
        store.close();
        // what a power loss could leave: the log synced, the database's unsynced transaction gone
        sql("DELETE FROM alerts", "DELETE FROM enforcements", "UPDATE event_log SET applied = 0");

        store = open();

        assertThat(store.alert(Alert.idFor("e-1"))).isEqualTo(recorded.alert());
        assertThat(store.enforcement("enf-1")).isPresent();
        assertThat(store.eventCount()).isEqualTo(2);
    }

    @Test
    void aMoveOfTheEventsTableThatWasInterruptedIsMadeAgain(@TempDir Path older) throws Exception {
        store.close();
        Path file = older.resolve("bulwark.db").toAbsolutePath();
        SQLiteDataSource previous = new SQLiteDataSource();
        previous.setUrl("jdbc:sqlite:" + file);
        Flyway.configure(getClass().getClassLoader()).dataSource(previous).locations(Migrations.SQLITE)
                .target("4").load().migrate();
        List<Recorded> written = List.of(reviewed(order("e-1", at(0))), Fixtures.allowed(order("e-2", at(1))));
        try (Connection c = previous.getConnection()) {
            Fixtures.writeAsVersion(4, c, written);
        }
        Stores.open(Stores.embeddedUrl(older)).close();
        // as if the transaction that empties the table had not committed after the log was written
        try (Connection c = previous.getConnection()) {
            Fixtures.writeAsVersion(4, c, written);
        }

        store = Stores.open(Stores.embeddedUrl(older));

        assertThat(store.eventCount()).isEqualTo(2);
        Fixtures.assertMigrated(store, written);
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bulwark.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bulwark.db"))) {
            for (String statement : statements) {
                c.createStatement().executeUpdate(statement);
            }
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

    @ParameterizedTest(name = "schema version {0}")
    @ValueSource(ints = {1, 2, 3, 4})
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
