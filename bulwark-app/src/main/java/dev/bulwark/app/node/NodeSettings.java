package dev.bulwark.app.node;

import dev.bulwark.server.ingest.IngestSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a node: where to listen, which database, which strategy files, which token file, whether to watch, and
 * how long the journal writer may hold a commit open for more events while clients have idle connections.
 */
public record NodeSettings(String host, int port, String jdbcUrl, Path strategies, Path tokens, boolean watch,
                           Duration commitWait) {
    public NodeSettings {
        Objects.requireNonNull(commitWait, "commitWait");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(tokens, "tokens");
    }

    /** These settings with the default commit wait. */
    public NodeSettings(String host, int port, String jdbcUrl, Path strategies, Path tokens, boolean watch) {
        this(host, port, jdbcUrl, strategies, tokens, watch, IngestSettings.DEFAULT_COMMIT_WAIT);
    }
}
