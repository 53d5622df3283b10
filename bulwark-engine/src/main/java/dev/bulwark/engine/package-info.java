/**
 * The decision path as a library: an {@link dev.bulwark.engine.Engine} turns an event into an explained decision
 * using windowed features, lists, CEL rules, a strategy per scenario and the enforcement ladder. It does no I/O,
 * keeps its feature state behind {@link dev.bulwark.engine.features.FeatureStore}, and computes everything at
 * event time, so the server, offline replay and a Flink operator all get the same decisions from the same events.
 */
@NullMarked
package dev.bulwark.engine;

import org.jspecify.annotations.NullMarked;
