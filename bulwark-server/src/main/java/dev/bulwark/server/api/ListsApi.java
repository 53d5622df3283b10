package dev.bulwark.server.api;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.list.ListDefinition;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.core.port.ListRepository;
import dev.bulwark.server.http.Bodies;
import dev.bulwark.server.http.JsonFields;
import dev.bulwark.server.http.JsonInput;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.port.ListMembership;
import io.javalin.http.Context;
import java.util.List;

/**
 * List definitions: {@code GET /v1/lists}, {@code PUT /v1/lists/{name}} (create or update) and
 * {@code DELETE /v1/lists/{name}}. Changes go to the store, then to the engine, then to the audit trail.
 */
public final class ListsApi implements Api {
    /** The kind of a list of free values (such as email domains) rather than entity ids. */
    public static final String FREE_KIND = "string";
    private final ListRepository lists;
    private final ListMembership membership;
    private final AuditTrail audit;
    private final long maxBody;

    ListsApi(ListRepository lists, ListMembership membership, AuditTrail audit, long maxBody) {
        this.lists = lists;
        this.membership = membership;
        this.audit = audit;
        this.maxBody = maxBody;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/lists", ctx -> Responses.ok(ctx, lists.lists()), Access.READERS);
        routes.put("/v1/lists/{name}", this::save, Access.EDITORS);
        routes.delete("/v1/lists/{name}", this::delete, Access.EDITORS);
    }

    private void save(Context ctx) {
        String name = ctx.pathParam("name");
        if (!ListDefinition.validName(name)) {
            throw new BulwarkException.Invalid("name", "must be 1 to 64 lower-case letters, digits or underscores, starting with a letter");
        }
        JsonFields body = JsonFields.body(JsonInput.one(Bodies.read(ctx, maxBody)));
        String kind = body.string("kind", 64).orElse("");
        String description = body.optionalString("description", 1000).orElse("");
        body.throwIfInvalid();
        if (!kind.equals(FREE_KIND) && EntityType.fromKey(kind).isEmpty()) {
            throw new BulwarkException.Invalid("/kind", "must be an entity type such as email or device, or \"string\"");
        }
        boolean exists = lists.list(name).isPresent();
        ListDefinition definition = new ListDefinition(name, kind, description);
        lists.saveList(definition);
        audit.record(ctx, "list.save", "list:" + name, (exists ? "updated" : "created") + " kind=" + kind);
        Responses.json(ctx, exists ? 200 : 201, definition);
    }

    private void delete(Context ctx) {
        String name = ctx.pathParam("name");
        List<ListEntry> entries = lists.entries(name);
        if (!lists.deleteList(name)) {
            throw new BulwarkException.NotFound("no list is named " + name);
        }
        entries.forEach(e -> membership.remove(name, e.value()));
        audit.record(ctx, "list.delete", "list:" + name, "deleted with " + entries.size() + " entries");
        ctx.status(204);
    }

    /** The list named {@code name}, or a 404. */
    static ListDefinition existing(ListRepository lists, String name) {
        return lists.list(name).orElseThrow(() -> new BulwarkException.NotFound("no list is named " + name));
    }
}
