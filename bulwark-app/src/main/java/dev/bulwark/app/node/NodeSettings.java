package dev.bulwark.app.node;

import java.nio.file.Path;
import java.util.Objects;

/** How to run a node: where to listen, which database, which strategy files, which token file, whether to watch. */
public record NodeSettings(String host, int port, String jdbcUrl, Path strategies, Path tokens, boolean watch) {
    public NodeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(tokens, "tokens");
    }
}
