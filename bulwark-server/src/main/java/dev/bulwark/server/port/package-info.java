/**
 * The seams between the server and the engine: the decision path, strategy reloads, list membership and
 * enforcement reversals. The server depends only on these; {@code bulwark-app} adapts the engine to them, and
 * tests use in-memory fakes.
 */
@NullMarked
package dev.bulwark.server.port;

import org.jspecify.annotations.NullMarked;
