package dev.bulwark.server.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The bytes the {@link FrontDoor} writes itself: its answers (a status line, a few headers and a body with its
 * length — all its routes need, cheaper than a general encoder), and, when it hands a connection to Jetty, the
 * PROXY protocol line and the request head it already read.
 */
final class Wire {
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /** The head of almost every answer, a decision, up to its date. */
    private static final byte[] OK_JSON = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nDate: "
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LENGTH = "\r\nContent-Length: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private Wire() {
    }

    /**
     * An answer with {@code body}, dated {@code date} (an HTTP date); {@code connection} is the Connection header's
     * value, empty for none.
     */
    static ByteBuf answer(ByteBufAllocator alloc, int status, String mediaType, byte[] body, Map<String, String> headers,
                          String connection, String date) {
        if (status == 200 && connection.isEmpty() && headers.isEmpty() && mediaType.equals(Responses.JSON)) {
            String length = Integer.toString(body.length);
            ByteBuf buf = alloc.buffer(OK_JSON.length + date.length() + LENGTH.length + length.length()
                    + END_OF_HEAD.length + body.length);
            buf.writeBytes(OK_JSON).writeCharSequence(date, StandardCharsets.US_ASCII);
            buf.writeBytes(LENGTH).writeCharSequence(length, StandardCharsets.US_ASCII);
            return buf.writeBytes(END_OF_HEAD).writeBytes(body);
        }
        StringBuilder head = new StringBuilder(160).append("HTTP/1.1 ").append(status).append(' ')
                .append(HttpResponseStatus.valueOf(status).reasonPhrase())
                .append("\r\nContent-Type: ").append(mediaType)
                .append("\r\nDate: ").append(date)
                .append("\r\nContent-Length: ").append(body.length);
        if (!connection.isEmpty()) {
            head.append("\r\nConnection: ").append(connection);
        }
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        head.append("\r\n\r\n");
        ByteBuf buf = alloc.buffer(head.length() + body.length);
        buf.writeCharSequence(head, StandardCharsets.ISO_8859_1);
        return buf.writeBytes(body);
    }

    /** The interim answer to {@code Expect: 100-continue}. */
    static ByteBuf proceed(ByteBufAllocator alloc) {
        return alloc.buffer(CONTINUE.length).writeBytes(CONTINUE);
    }

    /**
     * The PROXY protocol (v1) line naming the client and the address it reached, so Jetty sees the client's address
     * rather than the front door's, then {@code request}'s head as it arrived (line and headers; the decoder keeps
     * header bytes as ISO-8859-1 characters, so they are written back as such).
     */
    static ByteBuf handOver(ByteBufAllocator alloc, Channel client, HttpRequest request) {
        StringBuilder out = new StringBuilder(512);
        proxyLine(out, client.remoteAddress(), client.localAddress());
        out.append(request.method().name()).append(' ').append(request.uri()).append(' ')
                .append(request.protocolVersion().text()).append("\r\n");
        for (Iterator<Map.Entry<CharSequence, CharSequence>> it = request.headers().iteratorCharSequence(); it.hasNext(); ) {
            Map.Entry<CharSequence, CharSequence> header = it.next();
            out.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        out.append("\r\n");
        ByteBuf buf = alloc.buffer(out.length());
        buf.writeCharSequence(out, StandardCharsets.ISO_8859_1);
        return buf;
    }

    private static void proxyLine(StringBuilder out, SocketAddress remote, SocketAddress local) {
        if (!(remote instanceof InetSocketAddress client) || !(local instanceof InetSocketAddress server)
                || client.getAddress() == null || server.getAddress() == null
                || client.getAddress() instanceof Inet4Address != server.getAddress() instanceof Inet4Address) {
            out.append("PROXY UNKNOWN\r\n");
            return;
        }
        out.append(client.getAddress() instanceof Inet4Address ? "PROXY TCP4 " : "PROXY TCP6 ")
                .append(host(client)).append(' ').append(host(server)).append(' ')
                .append(client.getPort()).append(' ').append(server.getPort()).append("\r\n");
    }

    private static String host(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        int scope = host.indexOf('%');
        return scope < 0 ? host : host.substring(0, scope);
    }
}
