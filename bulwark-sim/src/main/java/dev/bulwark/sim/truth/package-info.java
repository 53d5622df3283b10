/**
 * Ground truth as the simulation carries it: the {@link dev.bulwark.sim.truth.Taint} on a malicious entity and
 * the {@link dev.bulwark.sim.truth.Tag} every emitted event gets. None of it ever reaches the event stream.
 */
@NullMarked
package dev.bulwark.sim.truth;

import org.jspecify.annotations.NullMarked;
