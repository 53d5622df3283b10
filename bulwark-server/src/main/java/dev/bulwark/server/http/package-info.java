/**
 * HTTP plumbing shared by every endpoint: the one mapping from exceptions to RFC 9457 problems, bounded body
 * reading, JSON and NDJSON input with positions in errors, JSON output with lower-case enum names, the request
 * log and metrics, and the table of routes that the OpenAPI document is checked against.
 */
@NullMarked
package dev.bulwark.server.http;

import org.jspecify.annotations.NullMarked;
