/** Offline replay: a file of events through the engine, with no server and no store, and what came out. */
@NullMarked
package dev.bulwark.app.replay;

import org.jspecify.annotations.NullMarked;
