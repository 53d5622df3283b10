package dev.bulwark.engine.config;

import java.util.Objects;

/** One problem in the strategy files: the file, where in it (e.g. {@code rules[2].expression}), and what is wrong. */
public record ConfigProblem(String file, String path, String message) {
    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
