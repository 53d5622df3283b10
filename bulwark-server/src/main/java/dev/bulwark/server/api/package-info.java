/**
 * The endpoints, one class per capability (events, decisions, alerts, lists, enforcements, administration,
 * schemas, system); each registers its routes with the roles they admit and turns requests into calls on the
 * ingest pipeline, the store and the engine's seams.
 */
@NullMarked
package dev.bulwark.server.api;

import org.jspecify.annotations.NullMarked;
