package dev.bulwark.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a parsed JSON object against the envelope rules and the catalogue, and turns it into an {@link Event}.
 * Every problem found is reported, each naming the field (as a JSON pointer) and the reason.
 */
public final class EventValidator {
    /** Limits on what an event may contain, beyond its catalogue type. */
    public record Limits(Duration maxFuture, int maxIdLength, int maxStringLength, int maxArrayLength, int maxDepth) {
        /** Defaults: five minutes of clock skew, 200-character ids, 4096-character strings, 256-element arrays, depth 6. */
        public static final Limits DEFAULT = new Limits(Duration.ofMinutes(5), 200, 4096, 256, 6);
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private final Limits limits;

    /** A validator with the given limits. */
    public EventValidator(Limits limits) {
        this.limits = limits;
    }

    /** Validates {@code json}, an object as parsed from JSON, against the catalogue at wall-clock {@code now}. */
    public Validation validate(Object json, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!(json instanceof Map<?, ?> envelope)) {
            return new Validation.Invalid(List.of(new Violation("/", "an event must be a JSON object, got " + kind(json))));
        }
        String specversion = requiredString(envelope, "specversion", violations);
        if (specversion != null && !Event.SPEC_VERSION.equals(specversion)) {
            violations.add(new Violation("/specversion", "must be \"1.0\" (CloudEvents 1.0), got \"" + specversion + "\""));
        }
        String id = requiredString(envelope, "id", violations);
        if (id != null && id.length() > limits.maxIdLength()) {
            violations.add(new Violation("/id", "must be at most " + limits.maxIdLength() + " characters"));
        }
        String source = requiredString(envelope, "source", violations);
        String typeName = requiredString(envelope, "type", violations);
        EventType type = null;
        if (typeName != null) {
            type = EventCatalog.find(typeName).orElse(null);
            if (type == null) {
                violations.add(new Violation("/type", "unknown event type \"" + typeName + "\"; see GET /v1/schemas for the list"));
            }
        }
        Instant time = time(envelope, now, violations);
        Object rawData = envelope.get("data");
        Map<String, Object> data = Map.of();
        if (rawData == null) {
            violations.add(new Violation("/data", "is required"));
        } else if (!(rawData instanceof Map<?, ?> map)) {
            violations.add(new Violation("/data", "must be an object, got " + kind(rawData)));
        } else {
            data = normaliseData(map, violations);
            if (type != null) {
                checkFields(type, data, violations);
            }
        }
        if (!violations.isEmpty()) {
            return new Validation.Invalid(violations);
        }
        return new Validation.Valid(new Event(id, typeName, source, time, data));
    }

    private static String requiredString(Map<?, ?> envelope, String name, List<Violation> violations) {
        Object value = envelope.get(name);
        if (value == null) {
            violations.add(new Violation("/" + name, "is required"));
            return null;
        }
        if (!(value instanceof String s)) {
            violations.add(new Violation("/" + name, "must be a string, got " + kind(value)));
            return null;
        }
        if (s.isBlank()) {
            violations.add(new Violation("/" + name, "must not be empty"));
            return null;
        }
        return s;
    }

    private Instant time(Map<?, ?> envelope, Instant now, List<Violation> violations) {
        String text = requiredString(envelope, "time", violations);
        if (text == null) {
            return null;
        }
        Instant time;
        try {
            time = Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Violation("/time", "must be an RFC 3339 timestamp such as 2026-11-21T10:15:30Z, got \"" + text + "\""));
            return null;
        }
        if (time.isAfter(now.plus(limits.maxFuture()))) {
            violations.add(new Violation("/time", "is more than " + limits.maxFuture().toMinutes()
                    + " minutes in the future (" + text + ")"));
            return null;
        }
        return time;
    }

    /** {@code data}'s fields normalised, straight into the event's own map (no intermediate map per event). */
    private Map<String, Object> normaliseData(Map<?, ?> map, List<Violation> violations) {
        if (limits.maxDepth() < 1) {
            return normalise(map, "/data", 1, violations);
        }
        Object[] kv = new Object[2 * map.size()];
        int n = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = normaliseValue(entry.getValue(), "/data", key, 1, violations);
            if (value != null) {
                kv[n++] = key;
                kv[n++] = value;
            }
        }
        return new EventData(n == kv.length ? kv : Arrays.copyOf(kv, n));
    }

    // Paths are built only for a violation: a valid event's fields cost no string concatenation.
    private Map<String, Object> normalise(Map<?, ?> map, String path, int depth, List<Violation> violations) {
        if (depth > limits.maxDepth()) {
            violations.add(new Violation(path, "nests deeper than " + limits.maxDepth() + " levels"));
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = normaliseValue(entry.getValue(), path, key, depth, violations);
            if (value != null) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** Normalises the value at {@code parent/key}. */
    private Object normaliseValue(Object value, String parent, Object key, int depth, List<Violation> violations) {
        return switch (value) {
            case null -> null;
            case String s when s.length() > limits.maxStringLength() -> {
                violations.add(new Violation(parent + "/" + key, "is longer than " + limits.maxStringLength() + " characters"));
                yield null;
            }
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i.longValue();
            case Long l -> l;
            case Short s -> s.longValue();
            case java.math.BigInteger big -> {
                violations.add(new Violation(parent + "/" + key, "is outside the 64-bit integer range"));
                yield null;
            }
            case Number n -> finite(n.doubleValue(), parent, key, violations);
            case Map<?, ?> m -> normalise(m, parent + "/" + key, depth + 1, violations);
            case List<?> list -> normaliseList(list, parent + "/" + key, depth, violations);
            default -> {
                violations.add(new Violation(parent + "/" + key, "is not a JSON value"));
                yield null;
            }
        };
    }

    private static Object finite(double d, String parent, Object key, List<Violation> violations) {
        if (Double.isFinite(d)) {
            return d;
        }
        violations.add(new Violation(parent + "/" + key, "must be a finite number"));
        return null;
    }

    private List<Object> normaliseList(List<?> list, String path, int depth, List<Violation> violations) {
        if (list.size() > limits.maxArrayLength()) {
            violations.add(new Violation(path, "has " + list.size() + " elements; at most " + limits.maxArrayLength() + " are allowed"));
            return List.of();
        }
        if (depth + 1 > limits.maxDepth()) {
            violations.add(new Violation(path, "nests deeper than " + limits.maxDepth() + " levels"));
            return List.of();
        }
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object v = normaliseValue(list.get(i), path, i, depth + 1, violations);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static void checkFields(EventType type, Map<String, Object> data, List<Violation> violations) {
        for (FieldSpec spec : type.fields()) {
            Object value = data.get(spec.name());
            if (value == null) {
                if (spec.required()) {
                    violations.add(new Violation("/data/" + spec.name(), "is required for " + type.name()));
                }
                continue;
            }
            String problem = problem(spec, value);
            if (problem != null) {
                violations.add(new Violation("/data/" + spec.name(), problem));
            }
        }
    }

    private static String problem(FieldSpec spec, Object value) {
        return switch (spec.kind()) {
            case STRING -> {
                if (!(value instanceof String s)) {
                    yield "must be a string, got " + kind(value);
                }
                if (s.isEmpty()) {
                    yield "must not be empty";
                }
                if (!spec.allowed().isEmpty() && !spec.allowed().contains(s)) {
                    yield "must be one of " + spec.allowed() + ", got \"" + s + "\"";
                }
                if (spec.name().equals("currency") && !CURRENCY.matcher(s).matches()) {
                    yield "must be a three-letter ISO 4217 code such as USD, got \"" + s + "\"";
                }
                yield null;
            }
            case INTEGER -> value instanceof Long l ? (l < 0 ? "must not be negative" : null)
                    : "must be an integer, got " + kind(value);
            case NUMBER -> value instanceof Number n ? (n.doubleValue() < 0 ? "must not be negative" : null)
                    : "must be a number, got " + kind(value);
            case BOOLEAN -> value instanceof Boolean ? null : "must be a boolean, got " + kind(value);
        };
    }

    private static String kind(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Double d -> "a number with a fraction";
            case Number n -> "an integer";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            default -> value.getClass().getSimpleName();
        };
    }
}
