package dev.bulwark.server.http;

import dev.bulwark.server.auth.AccessGuard;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.security.RouteRole;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The front of the server's handler tree. Routes that never block — {@code POST /v1/events} and its batch: parse,
 * validate, queue, and answer later from the thread that learns the events are durable — are served right on the
 * connection's I/O thread, with the same role check, problems and request log as every other route. Everything
 * else goes on to Javalin on one of Jetty's request threads, as it would without this handler.
 *
 * <p>Why: handing each event to a request thread cost a thread wake-up and a park per request, about a fifth of
 * the node's CPU under load (docs/benchmarks.md). The server declares itself non-blocking so Jetty calls this
 * handler on the I/O thread; the handler keeps that promise by dispatching every other request itself.
 */
public final class InlineRoutes extends Handler.Wrapper {
    /** An inline route's handler: it must not block; it answers through the exchange, now or later. */
    @FunctionalInterface
    public interface Route {
        /** Serves one request; whatever it throws is answered as its problem. */
        void handle(Exchange exchange);
    }

    private record Served(Route route, Set<RouteRole> roles) {
    }

    private final Map<String, Map<String, Served>> byPath = new HashMap<>();
    private final AccessGuard guard;
    private final RequestLog log;

    /** Inline routes guarded by {@code guard} and recorded in {@code log}; add routes before the server starts. */
    public InlineRoutes(AccessGuard guard, RequestLog log) {
        this.guard = guard;
        this.log = log;
    }

    /** Serves {@code method path} (an exact path, no parameters) inline for callers with one of {@code roles}. */
    public void add(String method, String path, Route route, Set<RouteRole> roles) {
        if (isStarted()) {
            throw new IllegalStateException("inline routes are fixed once the server has started");
        }
        if (path.contains("{") || path.contains("<") || !path.startsWith("/")) {
            throw new IllegalArgumentException("an inline route has an exact path: " + path);
        }
        if (byPath.computeIfAbsent(path, p -> new HashMap<>()).putIfAbsent(method, new Served(route, Set.copyOf(roles))) != null) {
            throw new IllegalArgumentException(method + " " + path + " is already an inline route");
        }
    }

    /** Whether {@code path} is served here (every method on it: the others are answered 405). */
    public boolean serves(String path) {
        return byPath.containsKey(path);
    }

    /** Whether {@code method path} is an inline route (the front door serves exactly these and hands on the rest). */
    boolean serves(String path, String method) {
        return byPath.getOrDefault(path, Map.of()).containsKey(method);
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String canonical = Request.getPathInContext(request);
        String path = canonical == null ? "" : withoutTrailingSlash(canonical);
        if (!byPath.containsKey(path)) {
            dispatch(request, response, callback);
            return true;
        }
        serve(path, request.getMethod(), Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)),
                new JettyExchange(request, response, callback, path, log));
        return true;
    }

    /**
     * Serves a request to an inline {@code path}, from Jetty or from the {@link FrontDoor}: 405 for a method the path
     * lacks, then the role check, then the route; whatever fails is answered through the exchange.
     */
    void serve(String path, String method, Optional<String> authorization, Exchange exchange) {
        try {
            Served served = byPath.getOrDefault(path, Map.of()).get(method);
            if (served == null) {
                throw new MethodNotAllowedResponse();
            }
            exchange.caller(guard.admit(served.roles(), authorization, method, path));
            served.route().handle(exchange);
        } catch (RuntimeException e) {
            exchange.fail(e);
        }
    }

    /** Hands the request to the rest of the tree (Javalin) on a request thread, where it may block. */
    private void dispatch(Request request, Response response, Callback callback) {
        try {
            getServer().getThreadPool().execute(() -> next(request, response, callback));
        } catch (RejectedExecutionException e) {
            Response.writeError(request, response, callback, 503, "no request thread is free");
        }
    }

    private void next(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable t) {
            Response.writeError(request, response, callback, t);
        }
    }

    /** Javalin ignores one trailing slash; so do these routes. */
    static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
