/** The command line: {@code serve}, {@code replay}, {@code bench} and friends, each wiring the modules it needs. */
@NullMarked
package dev.bulwark.app;

import org.jspecify.annotations.NullMarked;
