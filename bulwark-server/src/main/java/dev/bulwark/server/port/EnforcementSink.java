package dev.bulwark.server.port;

import dev.bulwark.core.decision.Enforcement;

/**
 * Where enforcement reversals made through the API go after the store, so the engine's ladder sees them. Called from
 * HTTP threads, concurrently with {@link DecisionPath#decide} on the sequencer thread: implementations must be
 * thread-safe.
 */
public interface EnforcementSink {
    /** An enforcement was reversed; {@code enforcement} carries its reversal. */
    void reversed(Enforcement enforcement);
}
