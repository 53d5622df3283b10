package dev.bulwark.store;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.json.Json;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.Recorded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's journal: events and decisions in an {@link EventLog}, and the rows they bring besides
 * (alerts, enforcements, labels) in the SQLite tables, written after the log has synced, in a transaction that also
 * records how far into the log they go ({@code event_log.applied}). That transaction need not sync: if a crash loses
 * it, the next start writes those rows again from the log (every insert skips rows already there). An append that
 * brings no such rows touches the database not at all, so most events cost one write and one sync of the log
 * between them, against SQLite's B-tree and index pages and their checkpoint.
 */
final class LogJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LogJournal.class);
    private static final int MOVE_CHUNK = 10_000;

    /** Runs work in a transaction of the connection that writes derived rows, under the database's write lock. */
    @FunctionalInterface
    interface Tables {
        void write(Work work) throws SQLException;
    }

    /** Work on that connection, with the statements it keeps. */
    @FunctionalInterface
    interface Work {
        void run(Connection connection, Statements statements) throws SQLException;
    }

    private final EventLog log;
    private final Tables tables;
    private final String description;
    private final ReentrantLock appending = new ReentrantLock();
    private long applied;

    private LogJournal(EventLog log, Tables tables, String description) {
        this.log = log;
        this.tables = tables;
        this.description = description;
    }

    /**
     * Opens the log in {@code dir}; moves into it the events an older version kept in the {@code events} table, and
     * writes the derived rows of any records past {@code event_log.applied}.
     */
    static LogJournal open(Path dir, int segmentBytes, Tables tables, String description) {
        try {
            EventLog log = EventLog.open(dir, segmentBytes);
            if (log.count() > 0 && tableRows(tables) > 0) {
                // A move from the events table was interrupted (the table is emptied in the transaction that reads
                // it, and nothing else is appended before the move ends): the log holds only moved events.
                LOG.warn("{}: an earlier move of the events table into the log was interrupted; moving again",
                        description);
                log.close();
                deleteLog(dir);
                log = EventLog.open(dir, segmentBytes);
            }
            LogJournal journal = new LogJournal(log, tables, description);
            try {
                journal.moveEventsTable();
                journal.catchUp();
                return journal;
            } catch (SQLException | RuntimeException e) {
                journal.close();
                throw e;
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot open the event log of " + description + " in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** Appends the batch's new events durably, then writes their alerts, enforcements and labels. */
    void write(List<JournalEntry> batch) {
        List<LogEntry> entries = new ArrayList<>(batch.size());
        for (JournalEntry e : batch) {
            entries.add(new LogEntry(e.recorded().event().id(), e.eventJson(), e.decisionJson(),
                    e.alertJson().map(a -> a.getBytes(StandardCharsets.UTF_8)), Journal.derives(e)));
        }
        appending.lock();
        try {
            long from = log.end();
            boolean[] fresh = log.append(entries);
            List<JournalEntry> derived;
            if (applied < from) {
                derived = derivedSince(applied);
            } else {
                derived = new ArrayList<>();
                for (int i = 0; i < fresh.length; i++) {
                    if (fresh[i] && entries.get(i).derived()) {
                        derived.add(batch.get(i));
                    }
                }
            }
            derive(derived);
        } finally {
            appending.unlock();
        }
    }

    /** Writes derived rows up to the log's end; on failure they are written again with the next append or start. */
    private void derive(List<JournalEntry> derived) {
        long end = log.end();
        if (derived.isEmpty()) {
            applied = end;
            return;
        }
        try {
            tables.write((c, statements) -> {
                Journal.derive(statements, derived);
                Sql.update(c, "UPDATE event_log SET applied = ?", end);
            });
            applied = end;
        } catch (SQLException e) {
            throw new StoreException("events are in the log of " + description + ", but their alerts, enforcements "
                    + "and labels could not be written (they are written again with the next append, or on the next start): " + e.getMessage(), e);
        }
    }

    private void catchUp() throws SQLException {
        long[] from = {0};
        tables.write((c, statements) -> from[0] = Sql.one(c, "SELECT applied FROM event_log", rs -> rs.getLong(1))
                .orElse(0L));
        applied = from[0];
        List<JournalEntry> derived = derivedSince(applied);
        if (!derived.isEmpty()) {
            LOG.info("{}: writing the alerts, enforcements and labels of {} logged events a crash left unwritten",
                    description, derived.size());
        }
        derive(derived);
    }

    private static long tableRows(Tables tables) throws SQLException {
        long[] rows = {0};
        tables.write((c, statements) -> rows[0] = Sql.one(c, "SELECT COUNT(*) FROM events", rs -> rs.getLong(1))
                .orElse(0L));
        return rows[0];
    }

    private static void deleteLog(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    /** Moves the rows of the {@code events} table (schema V4 and before) into the log, in order, then empties it. */
    private void moveEventsTable() throws SQLException {
        long rows = tableRows(tables);
        if (rows == 0) {
            return;
        }
        tables.write((c, statements) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, body, decision FROM events ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    List<LogEntry> chunk = new ArrayList<>(MOVE_CHUNK);
                    while (rs.next()) {
                        chunk.add(new LogEntry(rs.getString(1), rs.getString(2).getBytes(StandardCharsets.UTF_8),
                                rs.getString(3).getBytes(StandardCharsets.UTF_8), Optional.empty(), false));
                        if (chunk.size() == MOVE_CHUNK) {
                            log.append(chunk);
                            chunk.clear();
                        }
                    }
                    if (!chunk.isEmpty()) {
                        log.append(chunk);
                    }
                }
            }
            Sql.update(c, "DELETE FROM events");
            Sql.update(c, "UPDATE event_log SET applied = ?", log.end());
        });
        LOG.info("{}: moved {} events and their decisions from the events table into the event log", description,
                rows);
    }

    /** The logged events from {@code position} on that bring rows besides themselves, read back as entries. */
    private List<JournalEntry> derivedSince(long position) {
        List<JournalEntry> derived = new ArrayList<>();
        log.scan(position, (at, entry) -> {
            if (entry.derived()) {
                derived.add(journalEntry(entry));
            }
        });
        return derived;
    }

    private static JournalEntry journalEntry(LogEntry entry) {
        Event event = Codec.event(new String(entry.event(), StandardCharsets.UTF_8));
        Decision decision = Codec.decision(new String(entry.decision(), StandardCharsets.UTF_8));
        Optional<String> alertJson = entry.alert().map(a -> new String(a, StandardCharsets.UTF_8));
        Optional<Alert> alert = alertJson.map(Codec::alert);
        return new JournalEntry(new Recorded(event, decision, alert), entry.event(), entry.decision(), alertJson,
                decision.enforcements().stream().map(Json::write).toList());
    }

    Optional<Decision> decision(String eventId) {
        return log.find(eventId).map(e -> Codec.decision(new String(e.decision(), StandardCharsets.UTF_8)));
    }

    Optional<Event> event(String eventId) {
        return log.find(eventId).map(e -> Codec.event(new String(e.event(), StandardCharsets.UTF_8)));
    }

    void replay(Consumer<Event> sink) {
        log.scan(0, (position, e) -> sink.accept(Codec.event(new String(e.event(), StandardCharsets.UTF_8))));
    }

    void eventIds(Consumer<String> sink) {
        log.scan(0, (position, e) -> sink.accept(e.id()));
    }

    long eventCount() {
        return log.count();
    }

    boolean healthy() {
        return log.broken().isEmpty();
    }

    @Override
    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the event log of " + description + ": " + e.getMessage(), e);
        }
    }
}
