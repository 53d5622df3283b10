package dev.bulwark.store;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The lists and list_entries tables. */
final class Lists {
    private static final String UPSERT_LIST = "INSERT INTO lists (name, kind, description) VALUES (?, ?, ?) "
            + "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, description = excluded.description";
    private static final String UPSERT_ENTRY = "INSERT INTO list_entries (list_name, value, reason, added_by, added_at, "
            + "expires_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (list_name, value) DO UPDATE SET "
            + "reason = excluded.reason, added_by = excluded.added_by, added_at = excluded.added_at, "
            + "expires_at = excluded.expires_at";

    private Lists() {
    }

    static List<ListDefinition> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT name, kind, description FROM lists ORDER BY name", Lists::definition);
    }

    static Optional<ListDefinition> one(Connection c, String name) throws SQLException {
        return Sql.one(c, "SELECT name, kind, description FROM lists WHERE name = ?", Lists::definition, name);
    }

    static boolean save(Connection c, ListDefinition d) throws SQLException {
        return Sql.update(c, UPSERT_LIST, d.name(), d.kind(), d.description()) > 0;
    }

    static boolean delete(Connection c, String name) throws SQLException {
        Sql.update(c, "DELETE FROM list_entries WHERE list_name = ?", name);
        return Sql.update(c, "DELETE FROM lists WHERE name = ?", name) > 0;
    }

    static List<ListEntry> entries(Connection c, String name) throws SQLException {
        return Sql.list(c, "SELECT value, reason, added_by, added_at, expires_at FROM list_entries "
                + "WHERE list_name = ? ORDER BY value", Lists::entry, name);
    }

    /** Adds or replaces entries; the list must exist, so no entry is ever stored under a name no list has. */
    static int saveEntries(Connection c, String name, List<ListEntry> entries) throws SQLException {
        if (one(c, name).isEmpty()) {
            throw new BulwarkException.NotFound("no list named '" + name + "'");
        }
        if (entries.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT_ENTRY)) {
            for (ListEntry e : entries) {
                Sql.bind(ps, name, e.value(), e.reason(), e.addedBy(), e.addedAt(), e.expiresAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return entries.size();
    }

    static boolean deleteEntry(Connection c, String name, String value) throws SQLException {
        return Sql.update(c, "DELETE FROM list_entries WHERE list_name = ? AND value = ?", name, value) > 0;
    }

    private static ListDefinition definition(ResultSet rs) throws SQLException {
        return new ListDefinition(rs.getString("name"), rs.getString("kind"), rs.getString("description"));
    }

    private static ListEntry entry(ResultSet rs) throws SQLException {
        return new ListEntry(rs.getString("value"), rs.getString("reason"), rs.getString("added_by"),
                Sql.instant(rs, "added_at"), Sql.optionalInstant(rs, "expires_at"));
    }
}
