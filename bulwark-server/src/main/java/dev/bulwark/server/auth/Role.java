package dev.bulwark.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;

/** What a caller may do; every route names the roles it admits. */
public enum Role implements RouteRole {
    /** Posts events and reads the decisions on them. */
    INGEST,
    /** Reads decisions, alerts and enforcements; manages lists; reverses enforcements. */
    ANALYST,
    /** Everything, including strategy reloads and the audit trail. */
    ADMIN,
    /** Reads what an analyst reads, with personal data masked; changes nothing. */
    VIEWER;

    /** The lower-case name used in configuration and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case name such as {@code analyst}. */
    public static Optional<Role> fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
