package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.server.error.ServerException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a size limit, refusing an oversized one before or while reading it. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * The body, at most {@code limit} bytes; throws {@link ServerException.TooLarge} beyond. A body with a declared
     * length is read into an array of exactly that size (the common case, and the one on the ingest path: no
     * chunk buffers, no copy); a chunked one is read in chunks up to the limit.
     */
    public static byte[] read(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            return declared >= 0 ? exactly(in, (int) declared) : upTo(in, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        if (read < length) {
            throw new BulwarkException.Invalid("/", "the request body ended after " + read + " of the " + length
                    + " bytes its Content-Length declares");
        }
        return body;
    }

    private static byte[] upTo(InputStream in, long limit) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    static ServerException.TooLarge tooLarge(long limit) {
        return new ServerException.TooLarge("the request body is larger than the " + limit + " bytes this endpoint accepts");
    }
}
