package dev.bulwark.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** A YAML mapping being read, that reports every missing, mistyped or unknown key with its path. */
final class Node {
    private final JsonNode node;
    private final String file;
    private final String path;
    private final List<ConfigProblem> problems;

    Node(JsonNode node, String file, String path, List<ConfigProblem> problems) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.problems = problems;
    }

    void problem(String key, String message) {
        problems.add(new ConfigProblem(file, key.isEmpty() ? path : path + "." + key, message));
    }

    /** Reports keys this mapping has that are not in {@code known}: usually a typo. */
    void onlyKeys(Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problem(key, "unknown key; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    String required(String key) {
        Optional<String> value = optional(key);
        if (value.isEmpty() && !node.has(key)) {
            problem(key, "is required");
        }
        return value.orElse("");
    }

    Optional<String> optional(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            problem(key, "must be a non-empty text value");
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    double number(String key, double fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            problem(key, "must be a number, got " + v.getNodeType().name().toLowerCase());
            return fallback;
        }
        return v.asDouble();
    }

    List<String> strings(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isValueNode()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            v.forEach(item -> out.add(item.asText()));
        } else {
            problem(key, "must be a list of text values");
        }
        return out;
    }

    Optional<Duration> duration(String key) {
        return optional(key).flatMap(text -> {
            Optional<Duration> d = Durations.parse(text);
            if (d.isEmpty()) {
                problem(key, "'" + text + "' is not a duration; write e.g. 90s, 15m, 1h, 30d or P7D");
            }
            return d;
        });
    }

    <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser, List<String> allowed) {
        return optional(key).flatMap(text -> {
            Optional<T> value = parser.apply(text);
            if (value.isEmpty()) {
                problem(key, "'" + text + "' is not one of " + allowed);
            }
            return value;
        });
    }

    Optional<Node> child(String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            problem(key, "must be a mapping");
            return Optional.empty();
        }
        return Optional.of(new Node(v, file, path + "." + key, problems));
    }

    JsonNode raw() {
        return node;
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }
}
