package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import dev.bulwark.server.auth.AccessGuard;
import dev.bulwark.server.auth.Authenticator;
import dev.bulwark.server.auth.Role;
import dev.bulwark.server.http.InlineRoutes;
import dev.bulwark.server.http.RequestLog;
import dev.bulwark.server.http.RouteTable;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/events} is served on the connection's I/O thread ({@link InlineRoutes}): bodies that arrive in
 * pieces, chunked bodies, bodies that end early, keep-alive and pipelined requests, and the Javalin routes on the
 * same connection, all spoken as raw HTTP/1.1 so nothing smooths the bytes over.
 */
class InlineIngestIT {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_body_that_arrives_in_pieces_is_waited_for() throws Exception {
        byte[] body = Events.orderJson("in-pieces").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/events", "Content-Length: " + body.length));
            out.write(body, 0, 40);
            out.flush();
            Thread.sleep(150);
            out.write(body, 40, body.length - 40);
            out.flush();
            Answer answer = Answer.read(socket.getInputStream());
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("event_id").asText()).isEqualTo("in-pieces");
        }
    }

    @Test
    void a_chunked_body_is_read_and_one_over_the_limit_is_413() throws Exception {
        String body = Events.orderJson("chunked");
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/events", "Transfer-Encoding: chunked"));
            out.write(chunk(body.substring(0, 30)));
            out.write(chunk(body.substring(30)));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(Answer.read(socket.getInputStream()).json().path("event_id").asText()).isEqualTo("chunked");
        }
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/events", "Transfer-Encoding: chunked"));
            String piece = "x".repeat(64 * 1024);
            for (int i = 0; i < 17; i++) {
                out.write(chunk(piece));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Answer answer = Answer.read(socket.getInputStream());
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json().path("type").asText()).isEqualTo("urn:bulwark:problem:payload-too-large");
        }
    }

    @Test
    void a_body_that_ends_early_is_400_and_reaches_nothing() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/events", "Content-Length: 500"));
            out.write("{\"id\":\"cut-short\"".getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            Answer answer = Answer.read(socket.getInputStream());
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("reason").asText()).contains("ended after 17 bytes");
        }
        assertThat(server.path.decided()).doesNotContain("cut-short");
    }

    @Test
    void keep_alive_and_pipelined_requests_mix_inline_and_javalin_routes_in_order() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 3; i++) {
                byte[] body = Events.orderJson("kept-" + i).getBytes(StandardCharsets.UTF_8);
                out.write(head("POST", "/v1/events/", "Content-Length: " + body.length));
                out.write(body);
                assertThat(Answer.read(in).json().path("event_id").asText()).isEqualTo("kept-" + i);
            }
            ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
            byte[] body = Events.orderJson("piped").getBytes(StandardCharsets.UTF_8);
            pipelined.write(head("POST", "/v1/events", "Content-Length: " + body.length));
            pipelined.write(body);
            pipelined.write(head("GET", "/v1/decisions/kept-0", "Content-Length: 0"));
            pipelined.write(head("DELETE", "/v1/events", "Content-Length: 0"));
            out.write(pipelined.toByteArray());
            assertThat(Answer.read(in).json().path("event_id").asText()).isEqualTo("piped");
            Answer decision = Answer.read(in);
            assertThat(decision.status()).isEqualTo(200);
            assertThat(decision.json().path("event_id").asText()).isEqualTo("kept-0");
            Answer wrongMethod = Answer.read(in);
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.json().path("instance").asText()).isEqualTo("/v1/events");
        }
    }

    @Test
    void an_inline_path_has_no_javalin_route_and_names_its_roles() {
        InlineRoutes inline = new InlineRoutes(new AccessGuard(new Authenticator(Map.of())), new RequestLog(new SimpleMeterRegistry()));
        Javalin.create(c -> {
            RouteTable table = new RouteTable(c.routes, inline);
            table.postInline("/x", exchange -> { }, Role.INGEST);
            assertThatThrownBy(() -> table.get("/x", ctx -> { }, Role.ADMIN)).hasMessageContaining("served inline");
            table.get("/y", ctx -> { }, Role.ADMIN);
            assertThatThrownBy(() -> table.postInline("/y", exchange -> { }, Role.INGEST)).hasMessageContaining("already has a route");
            assertThatThrownBy(() -> table.postInline("/z", exchange -> { })).hasMessageContaining("roles");
        });
        assertThat(inline.serves("/x")).isTrue();
        assertThat(inline.serves("/y")).isFalse();
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] head(String method, String path, String header) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestServer.INGEST
                + "\r\nContent-Type: application/json\r\n" + header + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** One HTTP/1.1 response with a Content-Length, read off the stream and no further. */
    private record Answer(int status, String body) {
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
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        JsonNode json() throws IOException {
            return Json.mapper().readTree(body);
        }
    }
}
