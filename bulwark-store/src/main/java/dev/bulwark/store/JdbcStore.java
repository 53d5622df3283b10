package dev.bulwark.store;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.AuditEntry;
import dev.bulwark.core.port.LabelRecord;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store over JDBC, shared by both databases: every port method is one transaction of the same SQL. A subclass
 * says only how to get a connection for reading and for writing, and how to describe itself.
 */
abstract class JdbcStore implements Store {
    private final Enforcements enforcements;

    JdbcStore(String insertionOrderColumn) {
        this.enforcements = new Enforcements(insertionOrderColumn);
    }

    /** Runs {@code work} in a transaction on a connection fit for reading. */
    abstract <T> T readTransaction(Sql.Work<T> work) throws SQLException;

    /** Runs {@code work} in a transaction on a connection fit for writing. */
    abstract <T> T writeTransaction(Sql.Work<T> work) throws SQLException;

    private <T> T read(String what, Sql.Work<T> work) {
        try {
            return readTransaction(work);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + what + " from " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** The statements a journal append prepares on {@code connection}: fresh ones, unless the store keeps them. */
    Statements statements(Connection connection) {
        return Statements.fresh(connection);
    }

    private <T> T write(String what, Sql.Work<T> work) {
        try {
            return writeTransaction(work);
        } catch (SQLException e) {
            throw new StoreException("cannot write " + what + " to " + describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(List<JournalEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        write("events", c -> {
            try (Statements statements = statements(c)) {
                return Journal.append(statements, batch);
            }
        });
    }

    @Override
    public Optional<Decision> decision(String eventId) {
        return read("a decision", c -> Journal.decision(c, eventId));
    }

    @Override
    public Optional<Event> event(String eventId) {
        return read("an event", c -> Journal.event(c, eventId));
    }

    @Override
    public void replay(Consumer<Event> sink) {
        read("events", c -> Journal.replay(c, sink));
    }

    @Override
    public void eventIds(Consumer<String> sink) {
        read("event ids", c -> Journal.ids(c, sink));
    }

    @Override
    public long eventCount() {
        return read("the event count", Journal::count);
    }

    @Override
    public List<Alert> alerts(AlertQuery query) {
        return read("alerts", c -> Alerts.query(c, query));
    }

    @Override
    public Optional<Alert> alert(String id) {
        return read("an alert", c -> Alerts.one(c, id));
    }

    @Override
    public List<Enforcement> enforcements() {
        return read("enforcements", enforcements::all);
    }

    @Override
    public List<Enforcement> enforcements(EntityRef target) {
        return read("enforcements", c -> enforcements.on(c, target));
    }

    @Override
    public Optional<Enforcement> enforcement(String id) {
        return read("an enforcement", c -> Enforcements.one(c, id));
    }

    @Override
    public Optional<Enforcement> reverse(String id, Reversal reversal) {
        return write("a reversal", c -> Enforcements.reverse(c, id, reversal));
    }

    @Override
    public List<ListDefinition> lists() {
        return read("lists", Lists::all);
    }

    @Override
    public Optional<ListDefinition> list(String name) {
        return read("a list", c -> Lists.one(c, name));
    }

    @Override
    public void saveList(ListDefinition definition) {
        write("a list", c -> Lists.save(c, definition));
    }

    @Override
    public boolean deleteList(String name) {
        return write("a list deletion", c -> Lists.delete(c, name));
    }

    @Override
    public List<ListEntry> entries(String name) {
        return read("list entries", c -> Lists.entries(c, name));
    }

    @Override
    public void saveEntries(String name, List<ListEntry> entries) {
        write("list entries", c -> Lists.saveEntries(c, name, entries));
    }

    @Override
    public boolean deleteEntry(String name, String value) {
        return write("a list entry deletion", c -> Lists.deleteEntry(c, name, value));
    }

    @Override
    public void record(AuditEntry entry) {
        write("an audit entry", c -> Audit.record(c, entry));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return limit < 1 ? List.of() : read("audit entries", c -> Audit.recent(c, limit));
    }

    @Override
    public List<LabelRecord> labels() {
        return read("labels", Labels::all);
    }

    @Override
    public boolean healthy() {
        try {
            return readTransaction(c -> Sql.one(c, "SELECT 1", rs -> rs.getInt(1)).orElse(0) == 1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
