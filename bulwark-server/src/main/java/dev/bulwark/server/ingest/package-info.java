/**
 * Ingestion with group commit: HTTP threads validate and submit; one sequencer thread checks idempotency and
 * decides events in order; one writer thread appends what is waiting to the journal in a single batch and only
 * then acknowledges each event, so an acknowledged event is always durable.
 */
@NullMarked
package dev.bulwark.server.ingest;

import org.jspecify.annotations.NullMarked;
