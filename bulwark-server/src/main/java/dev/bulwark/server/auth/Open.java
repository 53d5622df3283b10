package dev.bulwark.server.auth;

import io.javalin.security.RouteRole;

/** The marker of a route that needs no token ({@code /healthz}, {@code /metrics}, {@code /openapi.json}). */
public enum Open implements RouteRole {
    /** No authentication. */
    ANYONE
}
