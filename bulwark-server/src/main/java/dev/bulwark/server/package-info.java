/**
 * The HTTP server: {@link dev.bulwark.server.BulwarkServer} starts it over a store and the seams in
 * {@code dev.bulwark.server.port} ({@code DecisionPath}, {@code StrategyReloader}, {@code ListMembership},
 * {@code EnforcementSink}), so this module never depends on the engine; {@code bulwark-app} wires the engine in.
 */
@NullMarked
package dev.bulwark.server;

import org.jspecify.annotations.NullMarked;
