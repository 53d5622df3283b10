/** The lists rules test membership in: entries from strategy files and entries managed through the API. */
@NullMarked
package dev.bulwark.engine.lists;

import org.jspecify.annotations.NullMarked;
