/**
 * The {@code demo} command: a node on a fresh embedded store with the shipped strategies, the marketplace simulator
 * streaming into it through the HTTP API at a steady rate, and a running account of what the node decides. Ground
 * truth stays on this side of the API; it is only used to count attacks sent and caught.
 */
@NullMarked
package dev.bulwark.app.demo;

import org.jspecify.annotations.NullMarked;
