package dev.bulwark.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.json.Json;
import dev.bulwark.core.port.Store;
import dev.bulwark.server.auth.Caller;
import dev.bulwark.server.auth.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/** A real server on an ephemeral loopback port over a store and fakes, with an HTTP client and a token per role. */
public final class TestServer implements AutoCloseable {
    /** A token per role. */
    public static final String INGEST = "tok-ingest-0123456789", ANALYST = "tok-analyst-0123456789",
            ADMIN = "tok-admin-0123456789", VIEWER = "tok-viewer-0123456789";
    private static final int LARGE_BODY = 1 << 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The store under the server. */
    public final Store store;
    /** The fake decision path. */
    public final CountingPath path;
    /** The fake reloader. */
    public final Fakes.Reloader reloader = new Fakes.Reloader();
    /** The fake list membership sink. */
    public final Fakes.Membership membership = new Fakes.Membership();
    /** The fake enforcement sink. */
    public final Fakes.Reversals reversals = new Fakes.Reversals();
    /** The server. */
    public final BulwarkServer server;

    private TestServer(Store store, CountingPath path, UnaryOperator<ServerConfig> config) {
        this.store = store;
        this.path = path;
        ServerConfig base = ServerConfig.defaults().withPort(0).withTokens(Map.of(
                INGEST, new Caller("shop-backend", Role.INGEST), ANALYST, new Caller("ana", Role.ANALYST),
                ADMIN, new Caller("root", Role.ADMIN), VIEWER, new Caller("vic", Role.VIEWER)));
        this.server = BulwarkServer.start(config.apply(base), store, path, reloader, membership, reversals, Events.CLOCK);
    }

    /** A server over a fresh in-memory store and a fresh fake path. */
    public static TestServer start() {
        return start(new InMemoryStore(), new CountingPath(), c -> c);
    }

    /** A server over the given parts, with the configuration adjusted by {@code config}. */
    public static TestServer start(Store store, CountingPath path, UnaryOperator<ServerConfig> config) {
        return new TestServer(store, path, config);
    }

    /** GET with a token ({@code null}: none). */
    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** POST a JSON body. */
    public Response post(String path, String token, String body) {
        return post(path, token, body, "application/json");
    }

    /**
     * POST a body of the given content type. A large body is announced with {@code Expect: 100-continue}, as curl
     * does: a server that refuses it unread (413) answers before it is sent, instead of closing a connection the
     * client is still writing to (which resets it and can lose the answer).
     */
    public Response post(String path, String token, String body, String contentType) {
        return send(request(path, token).header("Content-Type", contentType).expectContinue(body.length() > LARGE_BODY)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST a JSON body without waiting for the answer. */
    public CompletableFuture<Response> postAsync(String path, String token, String body) {
        HttpRequest req = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Response(r.statusCode(), r.headers(), r.body()));
    }

    /** PUT a JSON body. */
    public Response put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** DELETE. */
    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    /** Any method with an empty body. */
    public Response method(String method, String path, String token) {
        return send(request(path, token).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** An HTTP response. */
    public record Response(int status, HttpHeaders headers, String body) {
        /** The body as a JSON tree. */
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        /** The Content-Type header, or the empty string. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** A header, or the empty string. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }
}
