/**
 * The marketplace's population: regions, accounts (buyers, sellers, creators and live hosts), their devices,
 * IP addresses, payment instruments, addresses, emails, phones and payout accounts, and the listings they
 * trade. These are mutable simulation state read and changed on the hot path, hence plain fields.
 */
@NullMarked
package dev.bulwark.sim.population;

import org.jspecify.annotations.NullMarked;
