package dev.bulwark.store;

import dev.bulwark.core.port.AuditEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The audit table: append-only, read newest first. */
final class Audit {
    private Audit() {
    }

    static int record(Connection c, AuditEntry e) throws SQLException {
        return Sql.update(c, "INSERT INTO audit (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)",
                e.at(), e.actor(), e.action(), e.target(), e.details());
    }

    static List<AuditEntry> recent(Connection c, int limit) throws SQLException {
        return Sql.list(c, "SELECT at, actor, action, target, details FROM audit ORDER BY seq DESC LIMIT ?",
                rs -> new AuditEntry(Sql.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("target"), rs.getString("details")), limit);
    }
}
