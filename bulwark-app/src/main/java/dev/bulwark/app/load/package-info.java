/** A load generator for a running node: synthetic events over HTTP, with throughput and latency percentiles. */
@NullMarked
package dev.bulwark.app.load;

import org.jspecify.annotations.NullMarked;
