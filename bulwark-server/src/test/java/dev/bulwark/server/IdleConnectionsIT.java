package dev.bulwark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The front door counts its client connections that wait on no answer ({@code bulwark_http_idle_connections}): the
 * journal writer holds a commit open for more events only while clients have enough of them to spare.
 */
class IdleConnectionsIT {
    private final InMemoryStore store = new InMemoryStore();

    @Test
    void a_connection_is_idle_while_open_and_owed_no_answer_and_a_handed_over_one_is_not_counted() throws Exception {
        try (TestServer server = TestServer.start(store, new CountingPath(), c -> c);
             Socket first = RawHttp.connect(server); Socket second = RawHttp.connect(server);
             Socket third = RawHttp.connect(server)) {
            awaitIdle(server, 3);

            store.blockAppends();
            try {
                post(first, "owed");
                store.awaitAppendEntered();
                awaitIdle(server, 2);
            } finally {
                store.releaseAppends();
            }
            assertThat(RawHttp.Answer.read(first.getInputStream()).status()).isEqualTo(200);
            awaitIdle(server, 3);

            second.close();
            awaitIdle(server, 2);

            third.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(RawHttp.Answer.read(third.getInputStream()).status()).isEqualTo(200);
            awaitIdle(server, 1);
        }
    }

    private static void post(Socket socket, String id) throws IOException {
        byte[] body = Events.orderJson(id).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(RawHttp.head("POST", "/v1/events", "Content-Length: " + body.length));
        out.write(body);
        out.flush();
    }

    /** Waits until the gauge reads {@code expected}: a connection's change is counted on the event loop, soon after. */
    private static void awaitIdle(TestServer server, int expected) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (idle(server) != expected && Instant.now().isBefore(giveUp)) {
            Thread.sleep(5);
        }
        assertThat(idle(server)).isEqualTo(expected);
    }

    private static int idle(TestServer server) {
        return (int) server.server.meterRegistry().get("bulwark.http.idle.connections").gauge().value();
    }
}
