package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/events} is served on the connection's I/O thread ({@link InlineRoutes}): bodies that arrive in
 * pieces, chunked bodies, bodies that end early, keep-alive and pipelined requests, and the Javalin routes on the
 * same connection, all spoken as raw HTTP/1.1 so nothing smooths the bytes over.
 */
class InlineIngestIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

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
            RawHttp.Answer answer = RawHttp.Answer.read(socket.getInputStream());
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
            assertThat(RawHttp.Answer.read(socket.getInputStream()).json().path("event_id").asText()).isEqualTo("chunked");
        }
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/v1/events", "Transfer-Encoding: chunked"));
            String piece = "x".repeat(64 * 1024);
            for (int i = 0; i < 17; i++) {
                out.write(chunk(piece));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer answer = RawHttp.Answer.read(socket.getInputStream());
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
            RawHttp.Answer answer = RawHttp.Answer.read(socket.getInputStream());
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
                assertThat(RawHttp.Answer.read(in).json().path("event_id").asText()).isEqualTo("kept-" + i);
            }
            ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
            byte[] body = Events.orderJson("piped").getBytes(StandardCharsets.UTF_8);
            pipelined.write(head("POST", "/v1/events", "Content-Length: " + body.length));
            pipelined.write(body);
            pipelined.write(head("GET", "/v1/decisions/kept-0", "Content-Length: 0"));
            pipelined.write(head("DELETE", "/v1/events", "Content-Length: 0"));
            out.write(pipelined.toByteArray());
            assertThat(RawHttp.Answer.read(in).json().path("event_id").asText()).isEqualTo("piped");
            RawHttp.Answer decision = RawHttp.Answer.read(in);
            assertThat(decision.status()).isEqualTo(200);
            assertThat(decision.json().path("event_id").asText()).isEqualTo("kept-0");
            RawHttp.Answer wrongMethod = RawHttp.Answer.read(in);
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.json().path("instance").asText()).isEqualTo("/v1/events");
        }
    }

    @Test
    void a_body_no_route_reads_keeps_the_connection_or_the_answer_says_close() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // the reload route reads no body: what arrives after its answer is drained, and the connection goes on
            out.write(("POST /v1/admin/reload HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TestServer.ADMIN
                    + "\r\nContent-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer reloaded = RawHttp.Answer.read(in);
            assertThat(reloaded.status()).isEqualTo(200);
            assertThat(reloaded.has("Connection: close")).isFalse();
            out.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
        }
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // Jetty's inline route refuses before the body comes, and Jetty will close: the answer says so
            out.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
            out.write(head("DELETE", "/v1/events", "Content-Length: 2"));
            out.flush();
            RawHttp.Answer refused = RawHttp.Answer.read(in);
            assertThat(refused.status()).isEqualTo(405);
            assertThat(refused.has("Connection: close")).isTrue();
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
        return RawHttp.connect(server);
    }

    private static byte[] head(String method, String path, String header) {
        return RawHttp.head(method, path, header);
    }

    private static byte[] chunk(String data) {
        return RawHttp.chunk(data);
    }
}
