/**
 * Machine-readable descriptions of the API: a JSON Schema (draft 2020-12) per event type generated from the
 * core's event catalogue, and the OpenAPI 3.1 document of every endpoint.
 */
@NullMarked
package dev.bulwark.server.schema;

import org.jspecify.annotations.NullMarked;
