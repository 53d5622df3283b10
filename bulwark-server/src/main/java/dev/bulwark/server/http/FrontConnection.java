package dev.bulwark.server.http;

import dev.bulwark.core.json.Json;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One client connection at the {@link FrontDoor}, on its event loop. Requests to inline routes are served here:
 * pipelined requests are answered in the order they came, whichever finishes first; a body is read up to the
 * route's limit (413 before reading when the declared length is over it); {@code Expect: 100-continue} is answered
 * when the request's turn comes; reading pauses while the client does not read its answers or has many waiting.
 * The first request to any other route (or another method on an inline path) hands the connection, from that
 * request on, to Jetty ({@link Splice}) once every earlier answer is written.
 */
final class FrontConnection extends ChannelInboundHandlerAdapter {
    /** Requests a client may have waiting on one connection before the connection stops reading. */
    private static final int MAX_WAITING = 64;
    /** How long a closing connection waits for the client to close its side. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    /** A request's place in the order of answers. */
    static final class Slot {
        private final boolean keepAlive;
        private final boolean http10;
        private final boolean hasBody;
        private @Nullable ByteBuf answer;
        private boolean close;
        private boolean bodyRead;
        private boolean proceedWanted;
        /** The request's exchange. */
        private @Nullable NettyExchange exchange;

        Slot(HttpRequest request) {
            this.keepAlive = HttpUtil.isKeepAlive(request);
            this.http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
            this.hasBody = HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0;
        }
    }

    private enum Mode { SERVING, CLOSING, LINGERING, SPLICING }

    private final FrontDoor door;
    private final ArrayDeque<Slot> waiting = new ArrayDeque<>();
    private @Nullable ChannelHandlerContext ctx;
    /** The request whose body is coming in, if any. */
    private @Nullable Slot reading;
    private @Nullable Splice splice;
    private Mode mode = Mode.SERVING;
    private boolean inputClosed;
    /** Whether this connection is counted in the door's {@link IdleConnections}. */
    private boolean counted;

    FrontConnection(FrontDoor door) {
        this.door = door;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        count();
        ctx.fireChannelActive();
    }

    /** Keeps the door's count of idle connections true: open, served here, and owed no answer. */
    private void count() {
        ChannelHandlerContext c = ctx;
        boolean idle = mode == Mode.SERVING && waiting.isEmpty() && c != null && c.channel().isActive();
        if (idle != counted) {
            counted = idle;
            door.idle().add(idle ? 1 : -1);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (mode == Mode.SPLICING && msg instanceof ByteBuf bytes) {
            splice().send(bytes);
            return;
        }
        if (mode != Mode.SERVING) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            head(ctx, request);
        }
        if (msg instanceof HttpContent content) {
            try {
                body(content);
            } finally {
                content.release();
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (splice != null) {
            splice.flush();
        }
    }

    private void head(ChannelHandlerContext ctx, HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            refuse(request, status(request.decoderResult().cause()));
            return;
        }
        String path = path(request.uri());
        if (!door.inline().serves(path, request.method().name())) {
            // every other route, and other methods on an inline path (405, HEAD without a body, OPTIONS): Jetty's
            handOver(ctx, request);
            return;
        }
        String expect = request.headers().get(HttpHeaderNames.EXPECT);
        if (expect != null && !request.protocolVersion().equals(HttpVersion.HTTP_1_0) && !HttpUtil.is100ContinueExpected(request)) {
            refuse(request, 417);
            return;
        }
        Slot slot = new Slot(request);
        waiting.add(slot);
        NettyExchange exchange = new NettyExchange(request, path, pathOnly(request.uri()), door.log(), this, slot);
        slot.exchange = exchange;
        reading = slot;
        door.inline().serve(path, request.method().name(), Optional.ofNullable(request.headers().get(HttpHeaderNames.AUTHORIZATION)),
                exchange);
        if (exchange.wantsBody() && HttpUtil.is100ContinueExpected(request)) {
            slot.proceedWanted = true;
        }
        writeAnswers();
    }

    private void body(HttpContent content) {
        Slot slot = reading;
        NettyExchange exchange = slot == null ? null : slot.exchange;
        if (slot == null || exchange == null) {
            return;
        }
        if (content.decoderResult().isFailure()) {
            endReading(slot);
            slot.close = true;
            mode = Mode.CLOSING;
            exchange.broken(false);
            return;
        }
        exchange.append(content.content());
        if (content instanceof LastHttpContent) {
            endReading(slot);
            exchange.end();
        }
    }

    private void endReading(Slot slot) {
        slot.bodyRead = true;
        slot.proceedWanted = false;
        reading = null;
    }

    /** Answers a request, from any thread; the answer is written once every earlier request's is. */
    void answer(Slot slot, int status, String mediaType, byte[] body, Map<String, String> headers) {
        ChannelHandlerContext c = ctx;
        if (c == null) {
            return;
        }
        if (c.executor().inEventLoop()) {
            settle(c, slot, status, mediaType, body, headers);
        } else {
            c.executor().execute(() -> settle(c, slot, status, mediaType, body, headers));
        }
    }

    private void settle(ChannelHandlerContext c, Slot slot, int status, String mediaType, byte[] body,
                        Map<String, String> headers) {
        if (!c.channel().isActive() || mode == Mode.LINGERING) {
            return;
        }
        if (slot.hasBody && !slot.bodyRead) {
            // answered before its body was read (401, 413, ...): the rest of the connection cannot be framed cheaply
            slot.close = true;
            if (slot == reading) {
                reading = null;
            }
            if (mode == Mode.SERVING) {
                mode = Mode.CLOSING;
            }
        }
        boolean close = slot.close || !slot.keepAlive;
        slot.answer = Wire.answer(c.alloc(), status, mediaType, body, headers,
                close ? "close" : slot.http10 ? "keep-alive" : "", door.date());
        slot.close = close;
        writeAnswers();
    }

    /** Writes every answer whose turn has come, then lets the next request proceed or the hand-over go on. */
    private void writeAnswers() {
        ChannelHandlerContext c = ctx;
        if (c == null) {
            return;
        }
        boolean wrote = false;
        while (!waiting.isEmpty() && waiting.peek().answer != null) {
            Slot slot = waiting.poll();
            ByteBuf answer = slot.answer;
            slot.answer = null;
            c.write(answer);
            wrote = true;
            if (slot.close) {
                closeAfterWrites(c);
                return;
            }
        }
        Slot next = waiting.peek();
        if (next != null && next.proceedWanted) {
            next.proceedWanted = false;
            c.write(Wire.proceed(c.alloc()));
            wrote = true;
        }
        if (wrote) {
            c.flush();
        }
        if (waiting.isEmpty()) {
            if (splice != null) {
                splice.answersWritten();
            } else if (inputClosed || mode == Mode.CLOSING) {
                closeAfterWrites(c);
                return;
            }
        }
        count();
        pace(c);
    }

    /** Reads while the client reads its answers and has few waiting; a splice paces the connection itself. */
    private void pace(ChannelHandlerContext c) {
        if (splice == null) {
            c.channel().config().setAutoRead(mode == Mode.LINGERING
                    || mode == Mode.SERVING && waiting.size() < MAX_WAITING && c.channel().isWritable());
        }
    }

    /**
     * Closes once what was written is sent: first the sending side, then — once the client closes its side, or after
     * {@link #LINGER} — the connection, reading and dropping whatever still comes. Closing at once with unread bytes
     * would reset the connection, and a reset can destroy the answer before the client reads it.
     */
    private void closeAfterWrites(ChannelHandlerContext c) {
        if (mode == Mode.LINGERING) {
            return;
        }
        mode = Mode.LINGERING;
        count();
        waiting.forEach(s -> ReferenceCountUtil.release(s.answer));
        waiting.clear();
        if (c.pipeline().get(HttpRequestDecoder.class) != null) {
            c.pipeline().remove(HttpRequestDecoder.class);
        }
        c.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> {
            if (!f.isSuccess() || inputClosed || !(c.channel() instanceof DuplexChannel duplex)) {
                c.close();
                return;
            }
            duplex.shutdownOutput();
            c.channel().config().setAutoRead(true);
            c.executor().schedule(() -> c.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** Answers a request refused before routing, in its turn, and closes the connection after it. */
    private void refuse(HttpRequest request, int status) {
        Slot slot = new Slot(request);
        slot.bodyRead = true;
        slot.close = true;
        waiting.add(slot);
        mode = Mode.CLOSING;
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        Problem problem = Problems.refused(status, title, request.decoderResult().isFailure() ? "/" : pathOnly(request.uri()));
        door.log().record(request.method().name(), "unmatched", status, 0, problem, null, "-");
        ChannelHandlerContext c = ctx;
        if (c != null) {
            settle(c, slot, status, Problems.MEDIA_TYPE, Json.bytes(problem), Map.of());
        }
    }

    private void handOver(ChannelHandlerContext ctx, HttpRequest request) {
        mode = Mode.SPLICING;
        count();
        Splice s = new Splice(ctx.channel(), Wire.handOver(ctx.alloc(), ctx.channel(), request), waiting.isEmpty());
        splice = s;
        // what the decoder holds beyond this head is the rest of the connection, as it came: it goes to Jetty as is
        ctx.pipeline().remove(HttpRequestDecoder.class);
        door.connect(ctx.channel(), s);
    }

    private Splice splice() {
        Splice s = splice;
        if (s == null) {
            throw new IllegalStateException("not handed over");
        }
        return s;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (splice != null) {
            splice.clientWritabilityChanged();
        } else {
            pace(ctx);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            inputClosed = true;
            Slot cut = reading;
            NettyExchange exchange = cut == null ? null : cut.exchange;
            if (cut != null && exchange != null) {
                // the decoder drops a body the client's end cut short; the request is answered 400
                endReading(cut);
                exchange.broken(true);
            }
            if (splice != null) {
                splice.clientInputClosed();
            } else if (waiting.isEmpty()) {
                ctx.close();
            }
        } else if (event instanceof IdleStateEvent && splice == null && (waiting.isEmpty() || waiting.peek() == reading)) {
            ctx.close();
        }
        ReferenceCountUtil.release(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        mode = Mode.CLOSING;
        count();
        waiting.forEach(s -> ReferenceCountUtil.release(s.answer));
        waiting.clear();
        if (splice != null) {
            splice.clientClosed();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        door.connectionFailed(cause);
        ctx.close();
    }

    private static int status(Throwable cause) {
        return switch (cause) {
            case TooLongHttpLineException e -> 414;
            case TooLongHttpHeaderException e -> 431;
            default -> 400;
        };
    }

    /** The path as sent, without the query and one trailing slash: only an exact inline path is served here. */
    private static String path(String uri) {
        return InlineRoutes.withoutTrailingSlash(pathOnly(uri));
    }

    private static String pathOnly(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
