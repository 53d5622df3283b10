package dev.bulwark.server.auth;

import dev.bulwark.core.error.BulwarkException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: open routes pass; every other route needs a valid bearer token whose role the
 * route admits (401 without one, 403 for a role the route does not admit). A route naming no role admits no one.
 */
public final class AccessGuard implements Handler {
    private static final String CALLER = Caller.class.getName();
    private final Authenticator authenticator;

    /** A guard over the given authenticator. */
    public AccessGuard(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void handle(Context ctx) {
        Set<RouteRole> admitted = ctx.routeRoles();
        if (admitted.contains(Open.ANYONE)) {
            return;
        }
        ctx.attribute(CALLER, admit(admitted, Optional.ofNullable(ctx.header("Authorization")), ctx.method().name(),
                ctx.endpoints().matchedHttpEndpoint().path));
    }

    /**
     * The caller an {@code Authorization} header value names, when its role is among {@code admitted}; throws
     * (401, 403) otherwise. For routes served outside Javalin, which hold the same roles.
     */
    public Caller admit(Set<RouteRole> admitted, Optional<String> authorization, String method, String route) {
        Caller caller = authenticator.authenticate(authorization);
        if (!admitted.contains(caller.role())) {
            throw new BulwarkException.Forbidden("the " + caller.role().key() + " role may not " + method + " " + route);
        }
        return caller;
    }

    /** The authenticated caller of a guarded route. */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no caller: the route is open or the guard did not run");
        }
        return caller;
    }

    /** The caller's name for logs, or {@code -} when the request was not authenticated. */
    public static String callerName(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? "-" : caller.name();
    }
}
