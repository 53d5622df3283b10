package dev.bulwark.server.api;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.event.Violation;
import dev.bulwark.core.list.IpBlock;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.ListRepository;
import dev.bulwark.server.auth.AccessGuard;
import dev.bulwark.server.auth.Masking;
import dev.bulwark.server.http.Bodies;
import dev.bulwark.server.http.JsonFields;
import dev.bulwark.server.http.JsonInput;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.port.ListMembership;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * List entries: read (masked for viewers when the list holds personal data), add or replace in bulk, remove one.
 * Changes go to the store, then to the engine, then to the audit trail (personal-data values masked there too).
 */
public final class ListEntriesApi implements Api {
    private static final int MAX_ENTRIES = 10_000;
    private final ListRepository lists;
    private final ListMembership membership;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBody;

    ListEntriesApi(ListRepository lists, ListMembership membership, AuditTrail audit, Clock clock, long maxBody) {
        this.lists = lists;
        this.membership = membership;
        this.audit = audit;
        this.clock = clock;
        this.maxBody = maxBody;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/lists/{name}/entries", this::entries, Access.READERS);
        routes.post("/v1/lists/{name}/entries", this::add, Access.EDITORS);
        // <value> may hold slashes: a CIDR block such as 203.0.113.0/24 is removed as written.
        routes.delete("/v1/lists/{name}/entries/<value>", this::remove, Access.EDITORS);
    }

    private void entries(Context ctx) {
        ListDefinition list = ListsApi.existing(lists, ctx.pathParam("name"));
        List<ListEntry> entries = lists.entries(list.name());
        Responses.ok(ctx, ViewerViews.masked(ctx) ? entries.stream().map(e -> ViewerViews.entry(list.kind(), e)).toList() : entries);
    }

    private void add(Context ctx) {
        ListDefinition list = ListsApi.existing(lists, ctx.pathParam("name"));
        List<ListEntry> entries = parse(list, JsonInput.one(Bodies.read(ctx, maxBody)), AccessGuard.caller(ctx).name());
        lists.saveEntries(list.name(), entries);
        entries.forEach(e -> membership.put(list.name(), e));
        audit.record(ctx, "list.entries.add", "list:" + list.name(), "added " + entries.size() + ": " + shown(list, entries));
        Responses.ok(ctx, entries);
    }

    private void remove(Context ctx) {
        ListDefinition list = ListsApi.existing(lists, ctx.pathParam("name"));
        String value = ctx.pathParam("value");
        if (!lists.deleteEntry(list.name(), value)) {
            throw new BulwarkException.NotFound("that value is not on list " + list.name());
        }
        membership.remove(list.name(), value);
        audit.record(ctx, "list.entries.remove", "list:" + list.name(), "removed " + masked(list, value));
        ctx.status(204);
    }

    private List<ListEntry> parse(ListDefinition list, Object body, String actor) {
        if (!(body instanceof List<?> items) || items.isEmpty()) {
            throw new BulwarkException.Invalid("/", "must be a non-empty JSON array of {value, reason, expires_at?}");
        }
        if (items.size() > MAX_ENTRIES) {
            throw new BulwarkException.Invalid("/", "at most " + MAX_ENTRIES + " entries may be added at once");
        }
        List<Violation> violations = new ArrayList<>();
        List<ListEntry> entries = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            Optional<JsonFields> item = JsonFields.of(items.get(i), "/" + i, violations);
            if (item.isPresent()) {
                Optional<String> value = item.get().string("value", 512);
                Optional<String> reason = item.get().string("reason", 1000);
                Optional<Instant> expires = item.get().optionalTime("expires_at");
                if (value.isPresent() && list.kind().equals(EntityType.IP.key())) {
                    String field = "/" + i + "/value";
                    IpBlock.problem(value.get()).ifPresent(why -> violations.add(new Violation(field, why)));
                }
                if (value.isPresent() && reason.isPresent()) {
                    entries.add(new ListEntry(value.get(), reason.get(), actor, now, expires));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw JsonFields.invalid(violations);
        }
        return entries;
    }

    private static String shown(ListDefinition list, List<ListEntry> entries) {
        return String.join(", ", entries.stream().limit(20).map(e -> masked(list, e.value())).toList())
                + (entries.size() > 20 ? ", ..." : "");
    }

    private static String masked(ListDefinition list, String value) {
        return EntityType.fromKey(list.kind()).map(t -> Masking.value(t, value)).orElse(value);
    }
}
