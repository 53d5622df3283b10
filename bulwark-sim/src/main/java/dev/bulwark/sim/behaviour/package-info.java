/**
 * Good marketplace behaviour at realistic rates: arrivals with daily and weekly seasonality, sessions, orders
 * and payments, fulfilment, after-sales, live gifting, onboarding with KYC, payouts and cash-outs, the honest
 * oddities of real users, and the platform's delayed verdicts (chargebacks, investigations, appeals).
 * Fraud campaigns reuse these flows with their own tags.
 */
@NullMarked
package dev.bulwark.sim.behaviour;

import org.jspecify.annotations.NullMarked;
