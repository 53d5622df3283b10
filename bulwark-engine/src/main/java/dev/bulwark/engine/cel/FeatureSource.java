package dev.bulwark.engine.cel;

/** Computes a feature's value for the event a scope is evaluating. */
public interface FeatureSource {
    /** The value of the feature with declaration index {@code index} for the scope's event: a Double or a Boolean. */
    Object value(int index, Scope scope);
}
