package dev.bulwark.server.http;

import dev.bulwark.server.auth.Open;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Registers routes with Javalin and remembers them, so tests can hold the OpenAPI document to the real routes. */
public final class RouteTable {
    /**
     * One registered route: method, path template as OpenAPI writes it (a Javalin {@code <value>} parameter, which
     * may hold slashes, reads {@code {value}}) and the roles it admits.
     */
    public record Route(String method, String path, Set<RouteRole> roles) {
        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            roles = Set.copyOf(roles);
        }
    }

    private final RoutesConfig routes;
    private final InlineRoutes inline;
    private final List<Route> registered = new ArrayList<>();

    /** A table adding to Javalin's routes and to the routes served inline. */
    public RouteTable(RoutesConfig routes, InlineRoutes inline) {
        this.routes = routes;
        this.inline = inline;
    }

    /**
     * Adds a POST route served on the connection's I/O thread ({@link InlineRoutes}), admitting {@code roles}; its
     * handler must never block. No Javalin route may share its path.
     */
    public void postInline(String path, InlineRoutes.Route handler, RouteRole... roles) {
        if (roles.length == 0 || List.of(roles).contains(Open.ANYONE)) {
            throw new IllegalArgumentException("POST " + path + " must name the roles it admits");
        }
        if (registered.stream().anyMatch(r -> r.path().equals(path))) {
            throw new IllegalArgumentException(path + " already has a route in Javalin; an inline path has only inline routes");
        }
        inline.add("POST", path, handler, Set.of(roles));
        registered.add(new Route("POST", path, Set.of(roles)));
    }

    /** Adds a GET route admitting {@code roles}. */
    public void get(String path, Handler handler, RouteRole... roles) {
        add(HandlerType.GET, path, handler, roles);
    }

    /** Adds a POST route admitting {@code roles}. */
    public void post(String path, Handler handler, RouteRole... roles) {
        add(HandlerType.POST, path, handler, roles);
    }

    /** Adds a PUT route admitting {@code roles}. */
    public void put(String path, Handler handler, RouteRole... roles) {
        add(HandlerType.PUT, path, handler, roles);
    }

    /** Adds a DELETE route admitting {@code roles}. */
    public void delete(String path, Handler handler, RouteRole... roles) {
        add(HandlerType.DELETE, path, handler, roles);
    }

    /** Every route registered so far, in order. */
    public List<Route> routes() {
        return List.copyOf(registered);
    }

    private void add(HandlerType method, String path, Handler handler, RouteRole... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException(method + " " + path + " names no role; use Open.ANYONE for an open route");
        }
        if (inline.serves(path)) {
            throw new IllegalArgumentException(path + " is served inline; it can have no Javalin route");
        }
        routes.addHttpHandler(method, path, handler, roles);
        registered.add(new Route(method.name(), path.replace('<', '{').replace('>', '}'), Set.of(roles)));
    }
}
