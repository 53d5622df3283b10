/**
 * Fraud campaigns, one class per typology, run by crews (rings) that share devices, IPs, cards, addresses,
 * phones and payout accounts. Campaigns reuse the good behaviour flows with attack or cover tags, draw every
 * identifier from the same generators as good users, and mix in innocent-looking cover traffic.
 */
@NullMarked
package dev.bulwark.sim.fraud;

import org.jspecify.annotations.NullMarked;
