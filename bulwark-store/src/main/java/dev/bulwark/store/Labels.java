package dev.bulwark.store;

import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.LabelRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The labels table: ground truth copied out of {@code label} events as they are appended. */
final class Labels {
    static final String LABEL_TYPE = "label";
    private static final String INSERT = "INSERT INTO labels (label_event_id, time, event_id, entity, label, typology, "
            + "source) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (label_event_id) DO NOTHING";

    private Labels() {
    }

    static void insert(Statements statements, List<JournalEntry> fresh) throws SQLException {
        PreparedStatement ps = statements.prepare(INSERT);
        int rows = 0;
        for (JournalEntry p : fresh) {
            if (p.recorded().event().type().equals(LABEL_TYPE)) {
                LabelRecord l = from(p.recorded().event());
                Sql.bind(ps, l.labelEventId(), l.time(), l.eventId(), l.entity(), l.label(), l.typology(), l.source());
                ps.addBatch();
                rows++;
            }
        }
        if (rows > 0) {
            ps.executeBatch();
        }
    }

    /** The label a {@code label} event carries; the entity is {@code type:id} when both fields are present. */
    static LabelRecord from(Event e) {
        Optional<String> entity = present(e, "entity_type").flatMap(t -> present(e, "entity_id").map(id -> t + ":" + id));
        return new LabelRecord(e.id(), e.time(), present(e, "event_id"), entity, e.string("label"),
                present(e, "typology"), e.string("source"));
    }

    static List<LabelRecord> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT label_event_id, time, event_id, entity, label, typology, source FROM labels "
                + "ORDER BY time, label_event_id", Labels::row);
    }

    private static LabelRecord row(ResultSet rs) throws SQLException {
        return new LabelRecord(rs.getString("label_event_id"), Sql.instant(rs, "time"), Sql.optionalString(rs, "event_id"),
                Sql.optionalString(rs, "entity"), rs.getString("label"), Sql.optionalString(rs, "typology"),
                rs.getString("source"));
    }

    private static Optional<String> present(Event e, String field) {
        String value = e.string(field);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
