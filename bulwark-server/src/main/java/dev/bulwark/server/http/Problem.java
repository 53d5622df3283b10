package dev.bulwark.server.http;

import dev.bulwark.core.event.Violation;
import java.util.List;
import java.util.Objects;

/** An RFC 9457 problem detail: what kind of problem, a summary, the status, this occurrence, and each field at fault. */
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {
    /** The prefix of every problem type this API uses. */
    public static final String TYPE_PREFIX = "urn:bulwark:problem:";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(instance, "instance");
        errors = List.copyOf(errors);
    }

    /** The short name of the type, e.g. {@code invalid-input}. */
    public String slug() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }
}
