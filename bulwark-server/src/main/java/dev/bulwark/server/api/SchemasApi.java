package dev.bulwark.server.api;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.http.Responses;
import dev.bulwark.server.http.RouteTable;
import dev.bulwark.server.schema.EventSchemas;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /v1/schemas} (every event type) and {@code GET /v1/schemas/{type}} (its JSON Schema). */
public final class SchemasApi implements Api {
    @Override
    public void register(RouteTable routes) {
        routes.get("/v1/schemas", ctx -> Responses.ok(ctx, EventSchemas.index()), Access.ANY_ROLE);
        routes.get("/v1/schemas/{type}", SchemasApi::schema, Access.ANY_ROLE);
    }

    private static void schema(Context ctx) {
        String type = ctx.pathParam("type");
        Map<String, Object> schema = EventSchemas.schema(type)
                .orElseThrow(() -> new BulwarkException.NotFound("no event type is named " + type + "; see GET /v1/schemas"));
        Responses.send(ctx, 200, "application/schema+json", Json.bytes(schema));
    }
}
