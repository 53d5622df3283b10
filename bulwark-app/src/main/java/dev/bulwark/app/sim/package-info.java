/** The {@code simulate} command: the marketplace simulator's output written to a directory. */
@NullMarked
package dev.bulwark.app.sim;

import org.jspecify.annotations.NullMarked;
