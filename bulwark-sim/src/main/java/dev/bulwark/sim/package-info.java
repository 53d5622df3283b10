/**
 * The marketplace simulator's public API: configure a run with {@link dev.bulwark.sim.SimConfig}, run it with
 * {@link dev.bulwark.sim.Simulation}, and read the {@link dev.bulwark.sim.SimSummary}. Events are CloudEvents
 * NDJSON; the ground truth ({@link dev.bulwark.sim.TruthRow}) is written apart from the stream.
 */
@NullMarked
package dev.bulwark.sim;

import org.jspecify.annotations.NullMarked;
