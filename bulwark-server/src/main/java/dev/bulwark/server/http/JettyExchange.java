package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/** An {@link Exchange} on Jetty: a request to an inline route on a connection Jetty serves (see {@link InlineRoutes}). */
final class JettyExchange extends Exchange {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private volatile boolean bodyRead;

    JettyExchange(Request request, Response response, Callback callback, String route, RequestLog log) {
        super(request.getMethod(), route, request.getHttpURI().getPath(), log);
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    @Override
    public void readBody(long limit, Consumer<byte[]> then) {
        long declared = request.getLength();
        if (declared > limit) {
            throw Bodies.tooLarge(limit);
        }
        new BodyReader(declared, limit, then).run();
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    @Override
    void respond(int status, String mediaType, byte[] body, Map<String, String> headers) {
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        fields.put(HttpHeader.CONTENT_TYPE, mediaType);
        fields.put(HttpHeader.CONTENT_LENGTH, body.length);
        headers.forEach(fields::put);
        if (!bodyRead && (request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING))) {
            // answered before its body was read (401, 405, 413, ...): Jetty will close the connection, so say so
            fields.put(HttpHeader.CONNECTION, "close");
        }
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
                    bodyRead = true;
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
