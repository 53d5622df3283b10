package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The front door ({@code FrontDoor}, on Netty) serves {@code POST /v1/events} itself and hands every other request's
 * connection to Jetty: what HTTP/1.1 asks of it, spoken as raw bytes — {@code Expect: 100-continue}, refusals before
 * the body is read, many pipelined requests from a client that reads late, HTTP/1.0, malformed chunks, and requests
 * on a connection already handed over.
 */
class FrontDoorIT {
    @AutoClose
    private static final TestServer server = TestServer.start();

    @Test
    void expect_100_continue_is_answered_before_the_body_is_sent() throws Exception {
        byte[] body = Events.orderJson("expecting").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head("POST", "/v1/events", "Expect: 100-continue\r\nContent-Length: " + body.length));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(RawHttp.Answer.read(in).status()).isEqualTo(100);
            out.write(body);
            RawHttp.Answer answer = RawHttp.Answer.read(in);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("event_id").asText()).isEqualTo("expecting");
            assertThat(answer.has("Date: Thu, 15 Jan 2026 12:00:00 GMT")).as("dated by the server's clock").isTrue();
        }
    }

    @Test
    void a_declared_length_over_the_limit_is_413_before_the_body_and_closes() throws Exception {
        try (Socket socket = RawHttp.connect(server)) {
            socket.getOutputStream().write(RawHttp.head("POST", "/v1/events", "Content-Length: 50000000"));
            refusedThenClosed(socket.getInputStream(), 413, "payload-too-large");
        }
    }

    @Test
    void a_refusal_before_the_body_closes_and_a_bodiless_one_keeps_the_connection() throws Exception {
        byte[] body = Events.orderJson("no-token").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            RawHttp.Answer bodiless = RawHttp.Answer.read(in);
            assertThat(bodiless.status()).isEqualTo(401);
            assertThat(bodiless.has("WWW-Authenticate: Bearer")).isTrue();
            assertThat(bodiless.has("Connection: close")).isFalse();
            out.write(("POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            refusedThenClosed(in, 401, "unauthenticated");
        }
        assertThat(server.path.decided()).doesNotContain("no-token");
    }

    @Test
    void many_pipelined_events_from_a_client_that_reads_late_are_all_answered_in_order() throws Exception {
        int n = 400;
        ByteArrayOutputStream requests = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            byte[] body = Events.orderJson("piped-" + i).getBytes(StandardCharsets.UTF_8);
            requests.write(RawHttp.head("POST", "/v1/events", "Content-Length: " + body.length));
            requests.write(body);
        }
        try (Socket socket = RawHttp.connect(server)) {
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try {
                    socket.getOutputStream().write(requests.toByteArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Thread.sleep(300);
            InputStream in = socket.getInputStream();
            for (int i = 0; i < n; i++) {
                RawHttp.Answer answer = RawHttp.Answer.read(in);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().path("event_id").asText()).isEqualTo("piped-" + i);
            }
            sent.join();
        }
    }

    @Test
    void http_1_0_is_answered_and_closed_unless_it_asks_to_keep_alive() throws Exception {
        byte[] body = Events.orderJson("old-client").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head("POST", "/v1/events", "Connection: keep-alive\r\nContent-Length: " + body.length)
                    .clone());
            out.write(body);
            RawHttp.Answer kept = RawHttp.Answer.read(socket.getInputStream());
            assertThat(kept.status()).isEqualTo(200);
        }
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(http10(RawHttp.head("POST", "/v1/events", "Content-Length: " + body.length)));
            out.write(body);
            InputStream in = socket.getInputStream();
            RawHttp.Answer answer = RawHttp.Answer.read(in);
            assertThat(answer.json().path("event_id").asText()).isEqualTo("old-client");
            assertThat(answer.has("Connection: close")).isTrue();
            assertThat(in.read()).isEqualTo(-1);
        }
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 2; i++) {
                out.write(http10(RawHttp.head("POST", "/v1/events", "Connection: keep-alive\r\nContent-Length: " + body.length)));
                out.write(body);
                RawHttp.Answer answer = RawHttp.Answer.read(in);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.has("Connection: keep-alive")).isTrue();
            }
        }
    }

    @Test
    void a_malformed_chunk_is_400_and_closes() throws Exception {
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head("POST", "/v1/events", "Transfer-Encoding: chunked"));
            out.write("zz\r\nnot a chunk\r\n".getBytes(StandardCharsets.US_ASCII));
            refusedThenClosed(socket.getInputStream(), 400, "invalid-input");
        }
    }

    @Test
    void a_batch_is_served_at_the_front_door_and_on_a_connection_handed_to_jetty() throws Exception {
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (String round : List.of("front", "jetty")) {
                byte[] body = ("[" + Events.orderJson(round + "-1") + "," + Events.orderJson(round + "-2") + "]")
                        .getBytes(StandardCharsets.UTF_8);
                out.write(RawHttp.head("POST", "/v1/events/batch", "Content-Length: " + body.length));
                out.write(body);
                RawHttp.Answer answer = RawHttp.Answer.read(in);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.json().findValuesAsText("event_id")).containsExactly(round + "-1", round + "-2");
                // the first round was the front door's; a Javalin route hands the connection to Jetty for the second
                out.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_connection_handed_to_jetty_still_takes_events() throws Exception {
        byte[] body = Events.orderJson("after-hand-over").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.connect(server)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
            out.write(RawHttp.head("POST", "/v1/events", "Content-Length: " + body.length));
            out.write(body);
            RawHttp.Answer answer = RawHttp.Answer.read(in);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("event_id").asText()).isEqualTo("after-hand-over");
            out.write("GET /v1/nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.Answer.read(in).status()).isIn(401, 404);
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void other_methods_on_the_events_path_are_jettys_and_head_gets_no_body() throws Exception {
        try (Socket socket = RawHttp.connect(server)) {
            socket.getOutputStream().write(("HEAD /v1/events HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            assertThat(head.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 405");
            // had the HEAD answer carried a body, this would read it instead of the next answer
            RawHttp.Answer health = RawHttp.Answer.read(in);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("ready").asBoolean()).isTrue();
        }
    }

    @Test
    void an_idle_connection_is_closed_and_a_handed_over_one_by_jetty() throws Exception {
        try (TestServer quick = TestServer.start(new InMemoryStore(), new CountingPath(),
                c -> c.withIdleTimeout(java.time.Duration.ofMillis(300)))) {
            byte[] body = Events.orderJson("then-idle").getBytes(StandardCharsets.UTF_8);
            try (Socket socket = RawHttp.connect(quick)) {
                socket.getOutputStream().write(RawHttp.head("POST", "/v1/events", "Content-Length: " + body.length));
                socket.getOutputStream().write(body);
                InputStream in = socket.getInputStream();
                assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
                assertThat(in.read()).as("closed once idle, well before the 10 s read timeout").isEqualTo(-1);
            }
            try (Socket socket = RawHttp.connect(quick)) {
                socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                assertThat(RawHttp.Answer.read(in).status()).isEqualTo(200);
                assertThat(in.read()).isEqualTo(-1);
            }
        }
    }

    /** Reads a connection's last answer: a problem of this status and type that says it closes, then the end. */
    private static void refusedThenClosed(InputStream in, int status, String problem) throws IOException {
        RawHttp.Answer answer = RawHttp.Answer.read(in);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.has("Connection: close")).isTrue();
        assertThat(answer.has("Date: Thu, 15 Jan 2026 12:00:00 GMT")).isTrue();
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:bulwark:problem:" + problem);
        assertThat(in.read()).isEqualTo(-1);
    }

    private static byte[] http10(byte[] head) {
        return new String(head, StandardCharsets.US_ASCII).replaceFirst(" HTTP/1.1\r\n", " HTTP/1.0\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
