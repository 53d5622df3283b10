package dev.bulwark.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 over a socket, so nothing smooths the bytes over: request heads, chunks, and answers read one by one. */
final class RawHttp {
    private RawHttp() {
    }

    /** A socket to {@code server}'s port that gives up reading after 10 s. */
    static Socket connect(TestServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** A request head with the ingest token, a JSON content type and one more header line. */
    static byte[] head(String method, String path, String header) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestServer.INGEST
                + "\r\nContent-Type: application/json\r\n" + header + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One chunk of a chunked body. */
    static byte[] chunk(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** One HTTP/1.1 response with a Content-Length, read off the stream and no further. */
    record Answer(int status, String head, String body) {
        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed inside a response head: " + head);
                }
                head.write(b);
            }
            String[] lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
            int length = 0;
            for (String line : lines) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), head.toString(StandardCharsets.US_ASCII), new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        /** Whether the head has {@code line} (e.g. {@code Connection: close}), ignoring case. */
        boolean has(String line) {
            return head.toLowerCase(java.util.Locale.ROOT).contains("\r\n" + line.toLowerCase(java.util.Locale.ROOT) + "\r\n");
        }

        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }
    }
}
