/**
 * Turning simulated actions into output: a fast hand-written CloudEvents JSON builder, the typed emitters that
 * know each event type's fields, the {@code truth.csv} rows kept apart from the stream, and the file sinks.
 */
@NullMarked
package dev.bulwark.sim.output;

import org.jspecify.annotations.NullMarked;
