package dev.bulwark.server;

import dev.bulwark.server.auth.Caller;
import dev.bulwark.server.ingest.IngestSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The server's configuration: where it listens, how large requests may be, how the ingest pipeline is sized, and
 * the bearer tokens it accepts (token to caller). {@link #toString()} never shows a token.
 */
public record ServerConfig(String host, int port, long maxBodyBytes, long maxBatchBodyBytes, int maxBatchItems,
                           IngestSettings ingest, Map<String, Caller> tokens, Duration idleTimeout) {
    /** The shortest token accepted, so a guessable one cannot be configured by mistake. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("idleTimeout must be at least 1 ms");
        }
        tokens = Map.copyOf(tokens);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535");
        }
        if (maxBodyBytes < 1 || maxBatchBodyBytes < 1 || maxBatchItems < 1) {
            throw new IllegalArgumentException("request limits must be positive");
        }
        for (String token : tokens.keySet()) {
            if (token.length() < MIN_TOKEN_LENGTH || token.isBlank() || !token.strip().equals(token)) {
                throw new IllegalArgumentException("every token must be at least " + MIN_TOKEN_LENGTH
                        + " characters without surrounding spaces (caller " + tokens.get(token).name() + ")");
            }
        }
    }

    /**
     * Defaults: 127.0.0.1:8080, 1 MiB per event request, 16 MiB and 10 000 events per batch, the default ingest
     * settings, no tokens (so every guarded endpoint answers 401 until some are given), and connections closed
     * after 30 s without a byte.
     */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1 << 20, 16 << 20, 10_000, IngestSettings.DEFAULT, Map.of(),
                Duration.ofSeconds(30));
    }

    /** This configuration listening on {@code port} (0: any free port). */
    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    /** This configuration listening on {@code host}. */
    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    /** This configuration accepting exactly {@code tokens}. */
    public ServerConfig withTokens(Map<String, Caller> tokens) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    /** This configuration with other ingest settings. */
    public ServerConfig withIngest(IngestSettings ingest) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    /** This configuration with other request limits. */
    public ServerConfig withLimits(long maxBodyBytes, long maxBatchBodyBytes, int maxBatchItems) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    /** This configuration closing connections idle for {@code idleTimeout}. */
    public ServerConfig withIdleTimeout(Duration idleTimeout) {
        return new ServerConfig(host, port, maxBodyBytes, maxBatchBodyBytes, maxBatchItems, ingest, tokens, idleTimeout);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", maxBatchBodyBytes="
                + maxBatchBodyBytes + ", maxBatchItems=" + maxBatchItems + ", ingest=" + ingest + ", tokens="
                + tokens.size() + " (hidden), idleTimeout=" + idleTimeout + "]";
    }
}
