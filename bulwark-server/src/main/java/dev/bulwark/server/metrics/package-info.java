/**
 * The server's Prometheus metrics through Micrometer: JVM and process metrics, the ingest pipeline (queue depth,
 * batch sizes, append latency, decisions by outcome, duplicates, refusals) and, from the request log, HTTP latency.
 */
@NullMarked
package dev.bulwark.server.metrics;

import org.jspecify.annotations.NullMarked;
