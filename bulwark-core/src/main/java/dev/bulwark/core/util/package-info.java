/** Small data structures shared by the adapters: nothing here knows about events or decisions. */
@NullMarked
package dev.bulwark.core.util;

import org.jspecify.annotations.NullMarked;
