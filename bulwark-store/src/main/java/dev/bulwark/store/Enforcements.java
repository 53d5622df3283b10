package dev.bulwark.store;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.Reversal;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.port.JournalEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The enforcements table: written with their decision, read oldest first, reversed in place. Ties on start time
 * fall back to insertion order, which each dialect names differently ({@code rowid} on SQLite, {@code seq} on
 * PostgreSQL), so the instance carries it.
 */
final class Enforcements {
    private static final String INSERT = "INSERT INTO enforcements (id, target_type, target_id, action, start_time, "
            + "end_time, reversed, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    private final String orderBy;

    Enforcements(String insertionOrderColumn) {
        this.orderBy = " ORDER BY start_time, " + insertionOrderColumn;
    }

    static void insert(Statements statements, List<JournalEntry> fresh) throws SQLException {
        PreparedStatement ps = statements.prepare(INSERT);
        int rows = 0;
        for (JournalEntry p : fresh) {
            List<Enforcement> all = p.recorded().decision().enforcements();
            for (int i = 0; i < all.size(); i++) {
                Enforcement e = all.get(i);
                Sql.bind(ps, e.id(), e.target().type().key(), e.target().id(), e.action().key(), e.start(), e.end(),
                        e.reversal().isPresent(), p.enforcementJsons().get(i));
                ps.addBatch();
                rows++;
            }
        }
        if (rows > 0) {
            ps.executeBatch();
        }
    }

    List<Enforcement> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT body FROM enforcements" + orderBy, rs -> Codec.enforcement(rs.getString(1)));
    }

    List<Enforcement> on(Connection c, EntityRef target) throws SQLException {
        return Sql.list(c, "SELECT body FROM enforcements WHERE target_type = ? AND target_id = ?" + orderBy,
                rs -> Codec.enforcement(rs.getString(1)), target.type().key(), target.id());
    }

    static Optional<Enforcement> one(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT body FROM enforcements WHERE id = ?", rs -> Codec.enforcement(rs.getString(1)), id);
    }

    /** Lifts an enforcement; one already lifted keeps its first reversal, so the record of who lifted it stays true. */
    static Optional<Enforcement> reverse(Connection c, String id, Reversal how) throws SQLException {
        Optional<Enforcement> current = one(c, id);
        if (current.isEmpty() || current.get().reversal().isPresent()) {
            return current;
        }
        Enforcement reversed = current.get().reversed(how);
        int changed = Sql.update(c, "UPDATE enforcements SET body = ?, reversed = ? WHERE id = ? AND reversed = ?",
                Codec.write(reversed), true, id, false);
        return changed == 1 ? Optional.of(reversed) : one(c, id);
    }
}
