/**
 * Offline replay: a file of events through the engine, with no server and no store, and what came out. Given the
 * simulator's truth file, {@link dev.bulwark.app.replay.Evaluator} scores the decisions: precision and recall,
 * value caught, and friction on good users.
 */
@NullMarked
package dev.bulwark.app.replay;

import org.jspecify.annotations.NullMarked;
