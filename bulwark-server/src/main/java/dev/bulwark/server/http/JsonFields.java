package dev.bulwark.server.http;

import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.event.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads fields of a small JSON request object, collecting a violation (with a JSON pointer) for every field that
 * is missing or of the wrong kind, so one response lists everything to fix.
 */
public final class JsonFields {
    private final Map<?, ?> object;
    private final String pointer;
    private final List<Violation> violations;

    private JsonFields(Map<?, ?> object, String pointer, List<Violation> violations) {
        this.object = object;
        this.pointer = pointer;
        this.violations = violations;
    }

    /** Fields of {@code value}, which must be an object; problems go to {@code violations}. */
    public static Optional<JsonFields> of(@Nullable Object value, String pointer, List<Violation> violations) {
        if (value instanceof Map<?, ?> map) {
            return Optional.of(new JsonFields(map, pointer, violations));
        }
        violations.add(new Violation(pointer.isEmpty() ? "/" : pointer, "must be a JSON object"));
        return Optional.empty();
    }

    /** Fields of a request body that must be one object; throws when it is not. */
    public static JsonFields body(@Nullable Object value) {
        List<Violation> violations = new ArrayList<>();
        return of(value, "", violations).orElseThrow(() -> invalid(violations));
    }

    /** A required non-blank string of at most {@code maxLength} characters; empty when it is not one. */
    public Optional<String> string(String name, int maxLength) {
        Object value = object.get(name);
        if (value == null) {
            violations.add(new Violation(pointer + "/" + name, "is required"));
            return Optional.empty();
        }
        return check(name, value, maxLength);
    }

    /** An optional string of at most {@code maxLength} characters. */
    public Optional<String> optionalString(String name, int maxLength) {
        Object value = object.get(name);
        return value == null ? Optional.empty() : check(name, value, maxLength);
    }

    /** An optional RFC 3339 timestamp. */
    public Optional<Instant> optionalTime(String name) {
        return optionalString(name, 64).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                violations.add(new Violation(pointer + "/" + name, "must be an RFC 3339 timestamp such as 2026-11-21T10:15:30Z"));
                return Optional.empty();
            }
        });
    }

    /** Throws when any field so far was refused. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    /** The exception for a list of violations. */
    public static BulwarkException.Invalid invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.getFirst().toString()
                : violations.size() + " fields are invalid, the first: " + violations.getFirst();
        return new BulwarkException.Invalid(detail, violations);
    }

    private Optional<String> check(String name, Object value, int maxLength) {
        if (!(value instanceof String s)) {
            violations.add(new Violation(pointer + "/" + name, "must be a string"));
            return Optional.empty();
        }
        if (s.isBlank()) {
            violations.add(new Violation(pointer + "/" + name, "must not be empty"));
            return Optional.empty();
        }
        if (s.length() > maxLength) {
            violations.add(new Violation(pointer + "/" + name, "must be at most " + maxLength + " characters"));
            return Optional.empty();
        }
        int unpaired = unpairedSurrogate(s);
        if (unpaired >= 0) {
            violations.add(new Violation(pointer + "/" + name, "must be Unicode text: character " + unpaired
                    + " is half of a surrogate pair (an escape such as \\ud800 without its other half)"));
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /**
     * The index of the first surrogate without its other half, or -1. Such a string is valid JSON but not Unicode
     * text: a database would store {@code ?} for it, and a list entry or a reason that changed on the way in would
     * be worse than one refused. (Events keep theirs: their bodies are stored as JSON, escaped.)
     */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
