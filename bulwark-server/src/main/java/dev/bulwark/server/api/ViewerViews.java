package dev.bulwark.server.api;

import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.server.auth.AccessGuard;
import dev.bulwark.server.auth.Masking;
import dev.bulwark.server.auth.Role;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the {@code viewer} role sees: the same records with personal-data identifiers masked. */
final class ViewerViews {
    private ViewerViews() {
    }

    /** Whether the caller sees masked personal data. */
    static boolean masked(Context ctx) {
        return AccessGuard.caller(ctx).role() == Role.VIEWER;
    }

    /** An alert with its personal-data entities masked. */
    static Alert alert(Alert a) {
        return new Alert(a.id(), a.eventId(), a.eventType(), a.eventTime(), a.outcome(), a.score(), a.reasonCodes(),
                a.entities().stream().map(Masking::entity).toList(), a.strategyId(), a.strategyVersion(), a.status());
    }

    /** An enforcement with its target masked when the target is personal data. */
    static Enforcement enforcement(Enforcement e) {
        return new Enforcement(e.id(), Masking.entity(e.target()), e.action(), e.capability(), e.reasonCode(),
                e.ruleId(), e.eventId(), e.start(), e.duration(), e.reversal());
    }

    /** A list entry, masked when the list's kind is a personal-data entity type. */
    static ListEntry entry(String kind, ListEntry e) {
        Optional<EntityType> type = EntityType.fromKey(kind);
        if (type.isEmpty() || !type.get().personalData()) {
            return e;
        }
        return new ListEntry(Masking.value(type.get(), e.value()), e.reason(), e.addedBy(), e.addedAt(), e.expiresAt());
    }

    /**
     * A decision with its enforcement targets masked and every personal-data id of its event replaced, wherever it
     * appears in feature names or string feature values, by its masked form.
     */
    static Decision decision(Decision d, Optional<Event> event) {
        List<EntityRef> personal = event.map(Event::entities).orElse(List.of()).stream()
                .filter(r -> r.type().personalData())
                .sorted(Comparator.comparingInt((EntityRef r) -> r.id().length()).reversed()).toList();
        Map<String, Object> features = new LinkedHashMap<>();
        d.features().forEach((k, v) -> features.put(scrub(k, personal), v instanceof String s ? scrub(s, personal) : v));
        return new Decision(d.eventId(), d.eventType(), d.eventTime(), d.outcome(), d.score(), d.hits(), d.shadowHits(),
                d.errors(), features, d.enforcements().stream().map(ViewerViews::enforcement).toList(), d.strategyId(),
                d.strategyVersion(), d.latencyNanos());
    }

    private static String scrub(String text, List<EntityRef> personal) {
        String out = text;
        for (EntityRef ref : personal) {
            out = out.replace(ref.id(), Masking.value(ref.type(), ref.id()));
        }
        return out;
    }
}
