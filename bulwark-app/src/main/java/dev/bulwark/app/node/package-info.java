/** A running Bulwark node: the store, the engine seeded from it, and the HTTP server, wired together. */
@NullMarked
package dev.bulwark.app.node;

import org.jspecify.annotations.NullMarked;
