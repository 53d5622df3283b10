/**
 * JMH benchmarks for the engine's three paths (feature updates, rule evaluation, the whole decision) and a
 * memory-footprint probe. Run them with {@code java -jar bulwark-bench/target/benchmarks.jar}; results and the
 * machine they were taken on are in {@code docs/benchmarks.md}.
 */
@NullMarked
package dev.bulwark.bench;

import org.jspecify.annotations.NullMarked;
