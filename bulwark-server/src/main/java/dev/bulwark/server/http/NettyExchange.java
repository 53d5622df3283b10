package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Exchange} at the {@link FrontDoor}: the body comes in pieces from the connection's event loop, the
 * answer goes back through the connection, which writes answers in the order their requests came.
 */
final class NettyExchange extends Exchange {
    private final HttpRequest request;
    private final FrontConnection connection;
    private final FrontConnection.Slot slot;
    private @Nullable Consumer<byte[]> then;
    private long limit;
    private byte[] buffer = new byte[0];
    private int size;
    private boolean complete;

    NettyExchange(HttpRequest request, String route, String instance, RequestLog log, FrontConnection connection,
                  FrontConnection.Slot slot) {
        super(request.method().name(), route, instance, log);
        this.request = request;
        this.connection = connection;
        this.slot = slot;
    }

    @Override
    public void readBody(long limit, Consumer<byte[]> then) {
        long declared = HttpUtil.getContentLength(request, -1L);
        if (declared > limit) {
            throw Bodies.tooLarge(limit);
        }
        this.limit = limit;
        this.then = then;
        this.buffer = new byte[declared >= 0 ? (int) declared : (int) Math.min(limit, 4096)];
        if (complete) {
            deliver();
        }
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.headers().get(name));
    }

    /** Whether the route asked for the body (it did not when it answered at once, e.g. with 401). */
    boolean wantsBody() {
        return then != null;
    }

    /** A piece of the body, on the event loop; beyond the limit the request is answered 413. */
    void append(ByteBuf bytes) {
        if (then == null || answered()) {
            return;
        }
        int n = bytes.readableBytes();
        if (size + (long) n > limit) {
            fail(Bodies.tooLarge(limit));
            return;
        }
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(size + n, 2L * buffer.length)));
        }
        bytes.readBytes(buffer, size, n);
        size += n;
    }

    /** The body ended, on the event loop: the route gets it. */
    void end() {
        complete = true;
        if (then != null && !answered()) {
            deliver();
        }
    }

    /** The body could not be read to its end (the client closed its side early, or sent a malformed chunk). */
    void broken(boolean closedEarly) {
        fail(new BulwarkException.Invalid("/", closedEarly
                ? "the request body ended after " + size + " bytes, early"
                : "the request body is malformed after " + size + " bytes"));
    }

    @Override
    void respond(int status, String mediaType, byte[] body, Map<String, String> headers) {
        connection.answer(slot, status, mediaType, body, headers);
    }

    private void deliver() {
        Consumer<byte[]> route = then;
        then = null;
        try {
            route.accept(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
        } catch (RuntimeException e) {
            fail(e);
        }
    }
}
