/**
 * The interfaces adapters implement so the rest of Bulwark can keep events, decisions, alerts, enforcements,
 * lists, labels and the audit trail without knowing which database holds them.
 */
@NullMarked
package dev.bulwark.core.port;

import org.jspecify.annotations.NullMarked;
