/**
 * The discrete-event machinery: a scheduler of future actions ordered by time, the single seeded random
 * generator, collision-free scrambled identifiers, weighted sampling and daily and weekly seasonality.
 */
@NullMarked
package dev.bulwark.sim.engine;

import org.jspecify.annotations.NullMarked;
