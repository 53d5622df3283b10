package dev.bulwark.server.http;

import dev.bulwark.core.json.Json;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writing successful JSON responses. */
public final class Responses {
    /** The media type of JSON responses. */
    public static final String JSON = "application/json";

    private Responses() {
    }

    /** Writes {@code body} as JSON with the given status. */
    public static void json(Context ctx, int status, Object body) {
        send(ctx, status, JSON, Json.bytes(body));
    }

    /** Writes {@code body} as JSON with status 200. */
    public static void ok(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /**
     * Writes serialised bytes. A small body goes straight into the response buffer with its length (the ingest
     * path's case: no intermediate stream, no per-response copy buffer); a larger one goes through Javalin's
     * result, which compresses it for clients that accept that.
     */
    public static void send(Context ctx, int status, String mediaType, byte[] bytes) {
        ctx.status(status).contentType(mediaType);
        if (bytes.length >= Compression.WORTH) { // smaller ones are written directly
            ctx.result(bytes);
            return;
        }
        HttpServletResponse res = ctx.res();
        res.setContentLength(bytes.length);
        try {
            res.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the response", e);
        }
    }
}
