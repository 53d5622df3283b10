package dev.bulwark.server.http;

import dev.bulwark.core.json.Json;
import dev.bulwark.server.auth.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One request to an {@link InlineRoutes inline route}, served without blocking: the body is read as it arrives, and
 * the request is answered exactly once, from any thread, with a body or with the problem for an error — timed and
 * logged like every other request. The front door ({@link FrontDoor}, on Netty) and Jetty each have their own kind.
 */
public abstract sealed class Exchange permits JettyExchange, NettyExchange {
    private final String method;
    private final String route;
    private final String instance;
    private final RequestLog log;
    private final long started = System.nanoTime();
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile String caller = "-";

    Exchange(String method, String route, String instance, RequestLog log) {
        this.method = method;
        this.route = route;
        this.instance = instance;
        this.log = log;
    }

    /**
     * Reads the body, at most {@code limit} bytes, then hands it to {@code then} on whichever thread completed it;
     * answers 413 beyond the limit (before reading when the declared length says so) and 400 when the body ends
     * early. Whatever {@code then} throws is answered as its problem.
     */
    public abstract void readBody(long limit, Consumer<byte[]> then);

    /** The request's header {@code name} (its first value), as sent. */
    public abstract Optional<String> header(String name);

    /** The request's path, as problems name it in {@code instance}. */
    public final String instance() {
        return instance;
    }

    /** Answers with {@code body} of the given media type and status. */
    public final void send(int status, String mediaType, byte[] body) {
        send(status, mediaType, body, Map.of());
    }

    /** Answers with {@code body} of the given media type and status, and {@code headers} besides type and length. */
    public final void send(int status, String mediaType, byte[] body, Map<String, String> headers) {
        answer(status, mediaType, body, headers, null, null);
    }

    /** Answers with the problem for {@code error} (the one mapping in {@link Problems}). */
    public final void fail(Throwable error) {
        Problems.Failure failure = Problems.of(error, instance);
        answer(failure.problem().status(), Problems.MEDIA_TYPE, Json.bytes(failure.problem()), failure.headers(),
                failure.problem(), failure.unexpected() ? error : null);
    }

    final void caller(Caller authenticated) {
        caller = authenticated.name();
    }

    /** Whether this request has been answered (or its answer is on its way). */
    final boolean answered() {
        return answered.get();
    }

    /** Writes the one answer: status, headers (besides type and length) and body. */
    abstract void respond(int status, String mediaType, byte[] body, Map<String, String> headers);

    private void answer(int status, String mediaType, byte[] body, Map<String, String> headers,
                        @Nullable Problem problem, @Nullable Throwable unexpected) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        log.record(method, route, status, System.nanoTime() - started, problem, unexpected, caller);
        respond(status, mediaType, body, headers);
    }
}
