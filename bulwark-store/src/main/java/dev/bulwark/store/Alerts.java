package dev.bulwark.store;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.port.AlertQuery;
import dev.bulwark.core.port.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The alerts table: written with their decision, listed newest event first. */
final class Alerts {
    private static final String INSERT = "INSERT INTO alerts (id, event_id, event_type, event_time, outcome, score, "
            + "status, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";

    private Alerts() {
    }

    static void insert(Statements statements, List<JournalEntry> fresh) throws SQLException {
        PreparedStatement ps = statements.prepare(INSERT);
        int rows = 0;
        for (JournalEntry p : fresh) {
            if (p.recorded().alert().isPresent()) {
                Alert a = p.recorded().alert().get();
                Sql.bind(ps, a.id(), a.eventId(), a.eventType(), a.eventTime(), a.outcome().key(), a.score(),
                        a.status().name(), p.alertJson().orElseThrow());
                ps.addBatch();
                rows++;
            }
        }
        if (rows > 0) {
            ps.executeBatch();
        }
    }

    static List<Alert> query(Connection c, AlertQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT body FROM alerts");
        List<Object> args = new ArrayList<>();
        String glue = " WHERE ";
        if (query.status().isPresent()) {
            sql.append(glue).append("status = ?");
            args.add(query.status().get().name());
            glue = " AND ";
        }
        if (query.eventType().isPresent()) {
            sql.append(glue).append("event_type = ?");
            args.add(query.eventType().get());
        }
        sql.append(" ORDER BY event_time DESC, id DESC LIMIT ? OFFSET ?");
        args.add(query.limit());
        args.add(query.offset());
        return Sql.list(c, sql.toString(), rs -> Codec.alert(rs.getString(1)), args.toArray());
    }

    static Optional<Alert> one(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT body FROM alerts WHERE id = ?", rs -> Codec.alert(rs.getString(1)), id);
    }
}
