package dev.bulwark.server.api;

import static dev.bulwark.server.auth.Role.ADMIN;
import static dev.bulwark.server.auth.Role.ANALYST;
import static dev.bulwark.server.auth.Role.INGEST;
import static dev.bulwark.server.auth.Role.VIEWER;

import dev.bulwark.server.auth.Open;
import dev.bulwark.server.auth.Role;
import io.javalin.security.RouteRole;

/** The role sets routes admit; one table, so the access matrix in {@code docs/api.md} has one source. */
final class Access {
    /** Sending events. */
    static final RouteRole[] SENDERS = {INGEST, ADMIN};
    /** Reading decisions by event id. */
    static final RouteRole[] DECISION_READERS = {INGEST, ANALYST, ADMIN, VIEWER};
    /** Reading alerts, lists and enforcements. */
    static final RouteRole[] READERS = {ANALYST, ADMIN, VIEWER};
    /** Changing lists and reversing enforcements. */
    static final RouteRole[] EDITORS = {ANALYST, ADMIN};
    /** Reloading strategies and reading the audit trail. */
    static final RouteRole[] ADMINS = {ADMIN};
    /** Any authenticated caller. */
    static final RouteRole[] ANY_ROLE = Role.values();
    /** No authentication at all. */
    static final RouteRole[] OPEN = {Open.ANYONE};

    private Access() {
    }
}
