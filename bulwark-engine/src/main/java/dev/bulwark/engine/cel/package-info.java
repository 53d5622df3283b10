/**
 * The CEL environment rules and feature conditions are written in: the variables they may read
 * ({@code event.*}, {@code features.*}, {@code enforcement.*}), the functions Bulwark adds, compilation that
 * reports positions, and the per-event scope that resolves variables lazily and records the features read.
 */
@NullMarked
package dev.bulwark.engine.cel;

import org.jspecify.annotations.NullMarked;
