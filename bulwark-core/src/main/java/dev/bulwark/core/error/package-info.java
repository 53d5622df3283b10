/** The few domain errors every adapter understands; the server maps them to HTTP in one place. */
@NullMarked
package dev.bulwark.core.error;

import org.jspecify.annotations.NullMarked;
