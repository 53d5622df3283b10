package dev.bulwark.server.auth;

import java.util.Objects;

/** An authenticated caller: the token's name (what the audit trail and logs show) and its role. */
public record Caller(String name, Role role) {
    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a caller needs a name");
        }
    }
}
