package dev.bulwark.engine.cel;

/** Computes a feature's value for the event a scope is evaluating. */
public interface FeatureSource {
    /** The value of feature {@code name} for {@code scope}'s event: a {@code Double} or a {@code Boolean}. */
    Object value(String name, Scope scope);
}
