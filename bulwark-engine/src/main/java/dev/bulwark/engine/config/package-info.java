/**
 * Loading strategy files: YAML text in, a compiled {@link dev.bulwark.engine.Bundle} or every problem found out.
 * A file with any problem rejects the whole set, so a bad edit never replaces the version that is serving.
 */
@NullMarked
package dev.bulwark.engine.config;

import org.jspecify.annotations.NullMarked;
