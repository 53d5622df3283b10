package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.auth.Caller;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.jspecify.annotations.Nullable;

/**
 * One request to an {@link InlineRoutes inline route}, served without blocking: the body is read as it arrives, and
 * the request is answered exactly once, from any thread, with a body or with the problem for an error — timed and
 * logged like every other request.
 */
public final class Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String route;
    private final RequestLog log;
    private final long started = System.nanoTime();
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile String caller = "-";

    Exchange(Request request, Response response, Callback callback, String route, RequestLog log) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.route = route;
        this.log = log;
    }

    /** A request header's value, when present. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /** The media type the request declares for its body, when it declares one. */
    public Optional<String> contentType() {
        return header(HttpHeader.CONTENT_TYPE.asString());
    }

    void caller(Caller authenticated) {
        caller = authenticated.name();
    }

    /**
     * Reads the body, at most {@code limit} bytes, then hands it to {@code then} on whichever thread completed it;
     * answers 413 beyond the limit (before reading when the declared length says so) and 400 when the body ends
     * early. Whatever {@code then} throws is answered as its problem.
     */
    public void readBody(long limit, Consumer<byte[]> then) {
        long declared = request.getLength();
        if (declared > limit) {
            throw Bodies.tooLarge(limit);
        }
        new BodyReader(declared, limit, then).run();
    }

    /** Answers with {@code body} of the given media type and status. */
    public void send(int status, String mediaType, byte[] body) {
        write(status, mediaType, body, Map.of(), null, null);
    }

    /** Answers with the problem for {@code error} (the one mapping in {@link Problems}). */
    public void fail(Throwable error) {
        Problems.Failure failure = Problems.of(error, request.getHttpURI().getPath());
        write(failure.problem().status(), Problems.MEDIA_TYPE, Json.bytes(failure.problem()), failure.headers(),
                failure.problem(), failure.unexpected() ? error : null);
    }

    private void write(int status, String mediaType, byte[] body, Map<String, String> headers,
                       @Nullable Problem problem, @Nullable Throwable unexpected) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, mediaType);
        fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        headers.forEach(fields::put);
        log.record(request.getMethod(), route, status, System.nanoTime() - started, problem, unexpected, caller);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Reads chunks while they are there, and asks to be called again (on the I/O thread) when they are not. */
    private final class BodyReader implements Invocable.Task {
        private final long limit;
        private final Consumer<byte[]> then;
        private byte[] buffer;
        private int size;

        BodyReader(long declared, long limit, Consumer<byte[]> then) {
            this.limit = limit;
            this.then = then;
            this.buffer = new byte[declared >= 0 ? (int) declared : (int) Math.min(limit, 4096)];
        }

        @Override
        public void run() {
            try {
                read();
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private void read() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    throw new BulwarkException.Invalid("/", "the request body ended after " + size + " bytes, early");
                }
                boolean last = chunk.isLast();
                try {
                    append(chunk.getByteBuffer());
                } finally {
                    chunk.release();
                }
                if (last) {
                    then.accept(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
                    return;
                }
            }
        }

        private void append(ByteBuffer bytes) {
            int n = bytes.remaining();
            if (size + (long) n > limit) {
                throw Bodies.tooLarge(limit);
            }
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(size + n, 2L * buffer.length)));
            }
            bytes.get(buffer, size, n);
            size += n;
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }
    }
}
