/**
 * The enforcement ladder: warn, limit, suspend a capability, suspend the account, ban — the first rung set by the
 * severity of the abuse, one rung higher for each earlier offence — and the book of enforcements rules can see.
 */
@NullMarked
package dev.bulwark.engine.enforcement;

import org.jspecify.annotations.NullMarked;
