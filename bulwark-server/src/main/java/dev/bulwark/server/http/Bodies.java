package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.server.error.ServerException;
import io.javalin.http.Context;
import java.io.IOException;
import jakarta.servlet.ServletInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads request bodies with a size limit, refusing an oversized one before or while reading it. */
public final class Bodies {
    /** The most of an unread body {@link #drainUnread} reads to keep the connection. */
    private static final long DRAIN = 64 * 1024;

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

    /**
     * After a route, before its answer goes out: reads and drops what is left of a request body the route did not
     * read (an early refusal, a route without a body), up to {@link #DRAIN} bytes, so the connection can carry the
     * client's next request. Past that, or when it cannot be read, the answer says {@code Connection: close}.
     * Without this, Jetty closes such a connection after an answer that did not say so, and a client that sent its
     * next request on it in the meantime gets no answer.
     */
    public static void drainUnread(Context ctx) {
        try {
            ServletInputStream in = ctx.req().getInputStream();
            long left = DRAIN;
            byte[] chunk = new byte[8192];
            while (!in.isFinished()) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
                if (left == 0 && !in.isFinished()) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            ctx.header("Connection", "close");
        }
    }

    static ServerException.TooLarge tooLarge(long limit) {
        return new ServerException.TooLarge("the request body is larger than the " + limit + " bytes this endpoint accepts");
    }
}
