package dev.bulwark.engine;

import dev.bulwark.core.decision.Decision;

/** Callbacks the engine makes so an adapter can count what happens; the engine itself keeps no metrics registry. */
public interface EngineMetrics {
    /** Metrics that go nowhere. */
    EngineMetrics NONE = new EngineMetrics() {
    };

    /** A decision was made. */
    default void decided(Decision decision) {
    }

    /** A rule failed at run time for one event; the decision went on without it. */
    default void ruleFailed(String ruleId) {
    }

    /** A feature's {@code where} condition or a derived feature failed at run time; it counted as false / 0. */
    default void featureFailed(String featureName) {
    }
}
