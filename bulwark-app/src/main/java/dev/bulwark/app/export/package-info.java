/**
 * {@code bulwark export}: the stored events, with their decisions if asked, out of a store into NDJSON, beside a
 * node that may be serving from it, for replay against other strategies and for analysis elsewhere.
 */
@NullMarked
package dev.bulwark.app.export;

import org.jspecify.annotations.NullMarked;
