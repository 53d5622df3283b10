package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.RuleError;
import dev.bulwark.core.decision.RuleHit;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.port.JournalEntry;
import dev.bulwark.core.port.Recorded;
import dev.bulwark.core.port.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events, decisions and records for store tests; every instant has microsecond precision. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123456Z");

    private Fixtures() {
    }

    /** {@link #T0} plus {@code seconds} and a few microseconds, so sub-millisecond digits are always present. */
    static Instant at(long seconds) {
        return T0.plusSeconds(seconds).plusNanos(7_000);
    }

    static EntityRef buyer(String id) {
        return new EntityRef(EntityType.BUYER, id);
    }

    /** An {@code order.placed} event whose data has a string, a whole number, a fraction, a boolean and nesting. */
    static Event order(String id, Instant time) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order_id", "o-" + id);
        data.put("buyer_id", "b-1001");
        data.put("amount", 59.97);
        data.put("quantity", 3L);
        data.put("gift", false);
        data.put("meta", Map.of("attempt", 2L, "ratio", 0.5, "tags", List.of("new", 7L, 1.25, true)));
        return new Event(id, "order.placed", "test", time, data);
    }

    /** A {@code label} event with the given data. */
    static Event label(String id, Instant time, Map<String, Object> data) {
        return new Event(id, "label", "investigations", time, data);
    }

    static Enforcement enforcement(String id, EntityRef target, String eventId, Instant start, Optional<Duration> duration) {
        return new Enforcement(id, target, EnforcementAction.SUSPEND_CAPABILITY, Optional.of(Capability.CHECKOUT),
                "card_testing", "r-cards", eventId, start, duration, Optional.empty());
    }

    /** A decision on {@code event} with hits, a shadow hit, an error, features of every JSON kind and enforcements. */
    static Decision decision(Event event, Outcome outcome, List<Enforcement> enforcements) {
        return new Decision(event.id(), event.type(), event.time(), outcome, 72.5,
                List.of(new RuleHit("r-velocity", "velocity", Severity.HIGH, 40.0, Optional.of(Outcome.REVIEW)),
                        new RuleHit("r-amount", "large_amount", Severity.LOW, 32.5, Optional.empty())),
                List.of(new RuleHit("r-shadow", "shadow_reason", Severity.MEDIUM, 10.0, Optional.empty())),
                List.of(new RuleError("r-broken", "no such field: data.zip")),
                Map.of("orders_1h", 4L, "amount", 59.97, "new_device", true, "country", "US"),
                enforcements, "marketplace", "v7", 12_345L);
    }

    static Alert alert(Decision d, Alert.Status status) {
        return new Alert(Alert.idFor(d.eventId()), d.eventId(), d.eventType(), d.eventTime(), d.outcome(), d.score(),
                d.reasonCodes(), List.of(buyer("b-1001")), d.strategyId(), d.strategyVersion(), status);
    }

    /** An allowed event: a decision, no alert, no enforcements. */
    static Recorded allowed(Event event) {
        return new Recorded(event, decision(event, Outcome.ALLOW, List.of()), Optional.empty());
    }

    /** A reviewed event: a decision with the given enforcements and an open alert. */
    static Recorded reviewed(Event event, Enforcement... enforcements) {
        Decision d = decision(event, Outcome.REVIEW, List.of(enforcements));
        return new Recorded(event, d, Optional.of(alert(d, Alert.Status.OPEN)));
    }

    /** A record whose alert has the given status. */
    static Recorded withAlert(Event event, Alert.Status status) {
        Decision d = decision(event, Outcome.HOLD, List.of());
        return new Recorded(event, d, Optional.of(alert(d, status)));
    }

    /**
     * Writes events and decisions as an older schema kept them, for migration tests: version 1 keyed decisions by
     * event id, version 2 by the event's sequence, both in a table of their own; versions 3 and 4 kept each decision
     * in its event's row (as PostgreSQL still does; the embedded store moves them into its event log from version 5).
     */
    static void writeAsVersion(int version, Connection c, List<Recorded> records) throws SQLException {
        if (version == 3 || version == 4) {
            try (Statements statements = Statements.fresh(c)) {
                Journal.append(statements, records.stream().map(JournalEntry::of).toList());
            }
            return;
        }
        String decisionKey = switch (version) {
            case 1 -> "event_id";
            case 2 -> "event_seq";
            default -> throw new IllegalArgumentException("no fixture for schema version " + version);
        };
        try (PreparedStatement events = c.prepareStatement("INSERT INTO events (id, type, source, time, body) "
                + "VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement decisions = c.prepareStatement("INSERT INTO decisions (" + decisionKey + ", outcome, "
                     + "score, strategy_id, strategy_version, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Recorded r : records) {
                JournalEntry entry = JournalEntry.of(r);
                Sql.bind(events, r.event().id(), r.event().type(), r.event().source(), r.event().time(), new String(entry.eventJson(), StandardCharsets.UTF_8));
                events.executeUpdate();
                Object key = r.event().id();
                if (version == 2) {
                    try (ResultSet seq = events.getGeneratedKeys()) {
                        seq.next();
                        key = seq.getLong(1);
                    }
                }
                Sql.bind(decisions, key, r.decision().outcome().key(), r.decision().score(),
                        r.decision().strategyId(), r.decision().strategyVersion(), new String(entry.decisionJson(), StandardCharsets.UTF_8));
                decisions.executeUpdate();
            }
        }
    }

    /**
     * Checks a store opened on data an older schema wrote: every decision reads back equal, and an event appended
     * now is replayed after the older ones, in their order.
     */
    static void assertMigrated(Store store, List<Recorded> older) {
        for (Recorded r : older) {
            assertThat(store.event(r.event().id())).contains(r.event());
            assertThat(store.decision(r.event().id())).contains(r.decision());
        }
        Recorded next = reviewed(order("e-next", at(older.size())));
        store.append(List.of(next));
        assertThat(store.decision("e-next")).contains(next.decision());
        List<Event> replayed = new ArrayList<>();
        store.replay(replayed::add);
        List<Event> expected = new ArrayList<>(older.stream().map(Recorded::event).toList());
        expected.add(next.event());
        assertThat(replayed).isEqualTo(expected);
    }
}
