package dev.bulwark.server.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * A client connection handed to Jetty: from the first request the front door does not serve, bytes go both ways
 * untouched between the client and a connection to Jetty's loopback port (the request head the front door already
 * read goes first, after a PROXY line). Jetty's answers wait until the front door's earlier answers are written, so
 * pipelined answers keep their order; each side reads only while the other can take what it reads. Everything
 * runs on the client connection's event loop.
 */
final class Splice {
    private final Channel client;
    private final ArrayDeque<ByteBuf> early = new ArrayDeque<>();
    private @Nullable Channel jetty;
    private boolean answersWritten;
    private boolean clientInputClosed;
    private boolean closed;

    Splice(Channel client, ByteBuf head, boolean answersWritten) {
        this.client = client;
        this.answersWritten = answersWritten;
        early.add(head);
        client.config().setAutoRead(false);
    }

    /** The handler for the connection to Jetty. */
    ChannelInboundHandlerAdapter jettySide() {
        return new JettySide();
    }

    /** The connection to Jetty could not be made (the server is stopping): the client is closed. */
    void failed() {
        clientClosed();
        client.close();
    }

    /** Bytes from the client, to Jetty (held until the connection to Jetty is up). */
    void send(ByteBuf bytes) {
        Channel j = jetty;
        if (closed) {
            bytes.release();
        } else if (j == null) {
            early.add(bytes);
        } else {
            j.write(bytes);
        }
    }

    /** The end of a read from the client. */
    void flush() {
        Channel j = jetty;
        if (j != null) {
            j.flush();
            client.config().setAutoRead(j.isWritable());
        }
    }

    /** Every answer the front door owed the client is written: Jetty's may follow. */
    void answersWritten() {
        if (!answersWritten) {
            answersWritten = true;
            paceJetty();
        }
    }

    void clientWritabilityChanged() {
        paceJetty();
    }

    /** The client will send nothing more: neither will the connection to Jetty. */
    void clientInputClosed() {
        clientInputClosed = true;
        if (jetty instanceof DuplexChannel duplex && early.isEmpty()) {
            duplex.shutdownOutput();
        }
    }

    void clientClosed() {
        closed = true;
        early.forEach(ReferenceCountUtil::release);
        early.clear();
        Channel j = jetty;
        if (j != null) {
            j.close();
        }
    }

    private void paceJetty() {
        Channel j = jetty;
        if (j != null) {
            j.config().setAutoRead(answersWritten && client.isWritable());
        }
    }

    private void paceClient() {
        Channel j = jetty;
        client.config().setAutoRead(!clientInputClosed && j != null && j.isWritable());
    }

    private final class JettySide extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (closed) {
                ctx.close();
                return;
            }
            jetty = ctx.channel();
            while (!early.isEmpty()) {
                ctx.write(early.poll());
            }
            ChannelFuture flushed = ctx.writeAndFlush(Unpooled.EMPTY_BUFFER);
            if (clientInputClosed && ctx.channel() instanceof DuplexChannel duplex) {
                flushed.addListener(f -> duplex.shutdownOutput());
            }
            paceJetty();
            paceClient();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            client.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            client.flush();
            paceJetty();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            paceClient();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            client.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
