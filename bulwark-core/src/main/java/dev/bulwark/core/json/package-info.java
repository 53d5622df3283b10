/** The one JSON configuration shared by the store and the server, so records read back as they were written. */
@NullMarked
package dev.bulwark.core.json;

import org.jspecify.annotations.NullMarked;
