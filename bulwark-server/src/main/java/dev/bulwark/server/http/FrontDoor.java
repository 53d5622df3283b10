package dev.bulwark.server.http;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one public port, on Netty with a single event loop (epoll where the native transport loads, NIO
 * elsewhere). It serves the {@link InlineRoutes inline routes} — {@code POST /v1/events} and
 * {@code POST /v1/events/batch} — itself, and hands every connection whose request goes anywhere else to Jetty on a
 * loopback port, byte for byte, from that request on.
 *
 * <p>Why: Jetty's I/O path cost about twice as much CPU per event as this one on the 2-core machine the targets are
 * set on (docs/benchmarks.md, ninth and tenth sittings); with one event loop the node carried 20,000 events/s where
 * Jetty fell behind.
 */
public final class FrontDoor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);
    /** Longest request line, and largest header block: Jetty's defaults, so both refuse the same requests. */
    private static final int MAX_LINE = 8192, MAX_HEADERS = 8192;
    private static final String LEAK_DETECTION = "io.netty.leakDetection.level";

    static {
        // Netty records a stack trace for one buffer in 128 to find leaks: 2% of the front door's CPU at 14,000
        // events/s (docs/benchmarks.md). Off unless asked for; the tests run it at "paranoid" (every buffer).
        if (System.getProperty(LEAK_DETECTION) == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    private final InlineRoutes inline;
    private final RequestLog log;
    private final InetSocketAddress jetty;
    private final EventLoopGroup loop;
    private final Class<? extends SocketChannel> socketType;
    private final ChannelGroup connections = new DefaultChannelGroup("bulwark-front", GlobalEventExecutor.INSTANCE);
    private final Channel listener;
    private final Clock clock;
    private final IdleConnections idle;
    private long dateSecond = Long.MIN_VALUE;
    private String date = "";

    private FrontDoor(InlineRoutes inline, RequestLog log, InetSocketAddress jetty, String host, int port, Duration idle,
                      Clock clock, IdleConnections idleConnections) {
        this.clock = clock;
        this.idle = idleConnections;
        this.inline = inline;
        this.log = log;
        this.jetty = jetty;
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        this.loop = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("bulwark-front"), io);
        this.socketType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
        Class<? extends ServerChannel> serverType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        ChannelFuture bound = new ServerBootstrap().group(loop).channel(serverType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.add(ch);
                        ch.pipeline().addLast(new IdleStateHandler(0, 0, idle.toMillis(), TimeUnit.MILLISECONDS),
                                new HttpRequestDecoder(new HttpDecoderConfig().setMaxInitialLineLength(MAX_LINE)
                                        .setMaxHeaderSize(MAX_HEADERS)),
                                new FrontConnection(FrontDoor.this));
                    }
                })
                .bind(host, port).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            throw bindFailure(host, port, bound.cause());
        }
        this.listener = bound.channel();
        LOG.atInfo().addKeyValue("transport", epoll ? "epoll" : "nio").addKeyValue("jetty", jetty.getPort())
                .log("front door open");
    }

    /**
     * Listens on {@code host:port} (0: any free port), serving {@code inline}'s routes and handing every other
     * request's connection to Jetty at {@code jetty}; a connection it serves that sends nothing for {@code idle}
     * while owed no answer is closed (one handed to Jetty is Jetty's to time out); answers are dated by {@code clock};
     * the connections it serves that are owed no answer are counted in {@code idleConnections}.
     */
    public static FrontDoor open(String host, int port, InlineRoutes inline, RequestLog log, InetSocketAddress jetty,
                                 Duration idle, Clock clock, IdleConnections idleConnections) {
        return new FrontDoor(inline, log, jetty, host, port, idle, clock, idleConnections);
    }

    /**
     * Why binding failed, as a {@link BindException} when the port is taken: the native transport reports it as an
     * I/O error carrying the system's message, which callers should not have to know.
     */
    private static UncheckedIOException bindFailure(String host, int port, Throwable cause) {
        if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("Address already in use")) {
            BindException taken = new BindException("port " + port + " on " + host + " is already in use");
            taken.initCause(cause);
            return new UncheckedIOException(taken);
        }
        return new UncheckedIOException(new IOException("could not listen on " + host + ":" + port, cause));
    }

    /** The port the front door listens on. */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** Stops accepting connections; the open ones go on. */
    public void stopAccepting() {
        listener.close().syncUninterruptibly();
    }

    /** Writes what each connection has been given, closes them all, and stops the event loop. */
    @Override
    public void close() {
        stopAccepting();
        connections.forEach(ch -> ch.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE));
        connections.newCloseFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        loop.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The Date header's value now, formatted at most once a second; called on the one event loop only. */
    String date() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        if (second != dateSecond) {
            dateSecond = second;
            date = DateFormatter.format(new Date(second * 1000));
        }
        return date;
    }

    InlineRoutes inline() {
        return inline;
    }

    RequestLog log() {
        return log;
    }

    IdleConnections idle() {
        return idle;
    }

    /** Opens the connection to Jetty a client connection is handed to, on that connection's event loop. */
    void connect(Channel client, Splice splice) {
        new Bootstrap().group(client.eventLoop()).channel(socketType)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.AUTO_READ, false)
                .handler(splice.jettySide())
                .connect(jetty)
                .addListener(f -> {
                    if (!f.isSuccess()) {
                        LOG.atWarn().addKeyValue("jetty", jetty.getPort()).setCause(f.cause()).log("could not reach Jetty");
                        splice.failed();
                    }
                });
    }

    /** A connection failed for a reason of its own (reset by the peer, mostly): noted, and the connection closed. */
    void connectionFailed(Throwable cause) {
        LOG.atDebug().setCause(cause).log("connection failed");
    }
}
