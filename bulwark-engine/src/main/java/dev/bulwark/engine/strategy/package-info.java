/** Strategies: per scenario, how rule hits and scores combine into one outcome, and which outcomes open alerts. */
@NullMarked
package dev.bulwark.engine.strategy;

import org.jspecify.annotations.NullMarked;
