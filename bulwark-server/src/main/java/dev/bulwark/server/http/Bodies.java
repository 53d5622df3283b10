package dev.bulwark.server.http;

import dev.bulwark.server.error.ServerException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a size limit, refusing an oversized one before or while reading it. */
public final class Bodies {
    private Bodies() {
    }

    /** The body, at most {@code limit} bytes; throws {@link ServerException.TooLarge} beyond. */
    public static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static ServerException.TooLarge tooLarge(long limit) {
        return new ServerException.TooLarge("the request body is larger than the " + limit + " bytes this endpoint accepts");
    }
}
