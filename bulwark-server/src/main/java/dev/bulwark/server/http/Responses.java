package dev.bulwark.server.http;

import io.javalin.http.Context;

/** Writing successful JSON responses. */
public final class Responses {
    /** The media type of JSON responses. */
    public static final String JSON = "application/json";

    private Responses() {
    }

    /** Writes {@code body} as JSON with the given status. */
    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(JSON).result(ApiJson.bytes(body));
    }

    /** Writes {@code body} as JSON with status 200. */
    public static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }
}
