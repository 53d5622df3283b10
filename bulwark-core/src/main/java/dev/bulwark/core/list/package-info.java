/** Named lists (block lists, allow lists, watch lists) that rules and features test membership in. */
@NullMarked
package dev.bulwark.core.list;

import org.jspecify.annotations.NullMarked;
