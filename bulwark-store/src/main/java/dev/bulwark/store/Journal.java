package dev.bulwark.store;

import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The events table (each event with its decision), and the append that writes a batch across every journal table. */
final class Journal {
    private static final int FETCH_SIZE = 1000;
    /** The two JSON bodies come last, bound as UTF-8 text by the append's {@link Statements#text}. */
    private static final String INSERT_EVENT = "INSERT INTO events (id, type, source, time, outcome, score, strategy_id, "
            + "strategy_version, body, decision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT)) "
            + "ON CONFLICT (id) DO NOTHING";

    private Journal() {
    }

    /** Writes the batch with the given statements (the caller owns the transaction); returns how many events were new. */
    static int append(Statements statements, List<JournalEntry> batch) throws SQLException {
        List<JournalEntry> fresh = insertEvents(statements, batch);
        if (!fresh.isEmpty()) {
            derive(statements, fresh);
        }
        return fresh.size();
    }

    /** Writes the rows that new events bring besides themselves: alerts, the decisions' enforcements, labels. */
    static void derive(Statements statements, List<JournalEntry> fresh) throws SQLException {
        Alerts.insert(statements, fresh);
        Enforcements.insert(statements, fresh);
        Labels.insert(statements, fresh);
    }

    /** Whether {@link #derive} writes any row for the entry. */
    static boolean derives(JournalEntry entry) {
        return entry.recorded().alert().isPresent() || !entry.recorded().decision().enforcements().isEmpty()
                || entry.recorded().event().type().equals(Labels.LABEL_TYPE);
    }

    /**
     * Inserts the events with their decisions; the ones whose id was already stored (or repeated in the batch) are
     * left out.
     */
    private static List<JournalEntry> insertEvents(Statements statements, List<JournalEntry> batch) throws SQLException {
        PreparedStatement ps = statements.prepare(INSERT_EVENT);
        for (JournalEntry p : batch) {
            Event e = p.recorded().event();
            Decision d = p.recorded().decision();
            Sql.bind(ps, e.id(), e.type(), e.source(), e.time(), d.outcome().key(), d.score(), d.strategyId(),
                    d.strategyVersion());
            statements.text(ps, 9, p.eventJson());
            statements.text(ps, 10, p.decisionJson());
            ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        List<JournalEntry> fresh = new ArrayList<>(batch.size());
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
                throw new StoreException("the JDBC driver did not report which events were new "
                        + "(remove reWriteBatchedInserts from the URL)");
            }
            if (counts[i] > 0) {
                fresh.add(batch.get(i));
            }
        }
        return fresh;
    }

    static Optional<Event> event(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT body FROM events WHERE id = ?", rs -> Codec.event(rs.getString(1)), id);
    }

    static Optional<Decision> decision(Connection c, String eventId) throws SQLException {
        return Sql.one(c, "SELECT decision FROM events WHERE id = ?",
                rs -> Codec.decision(rs.getString(1)), eventId);
    }

    static long count(Connection c) throws SQLException {
        return Sql.one(c, "SELECT COUNT(*) FROM events", rs -> rs.getLong(1)).orElse(0L);
    }

    /** Streams every event in append order, fetching rows in pages; returns how many it fed. */
    static long replay(Connection c, Consumer<Event> sink) throws SQLException {
        return stream(c, "SELECT body FROM events ORDER BY seq", body -> sink.accept(Codec.event(body)));
    }

    /** Streams every event id, in no particular order; returns how many it fed. */
    static long ids(Connection c, Consumer<String> sink) throws SQLException {
        return stream(c, "SELECT id FROM events", sink);
    }

    private static long stream(Connection c, String sql, Consumer<String> sink) throws SQLException {
        long count = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getString(1));
                    count++;
                }
            }
        }
        return count;
    }
}
