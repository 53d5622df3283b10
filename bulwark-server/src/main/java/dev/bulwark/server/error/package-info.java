/**
 * The errors only a server has (overload, unavailability, oversized requests, missing credentials), beside the
 * core's domain errors; {@code dev.bulwark.server.http.Problems} maps both to HTTP in one place.
 */
@NullMarked
package dev.bulwark.server.error;

import org.jspecify.annotations.NullMarked;
