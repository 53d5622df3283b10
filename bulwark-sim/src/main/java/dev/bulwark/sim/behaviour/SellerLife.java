package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;

/** A seller's life: onboarding, listing products, requesting payouts, and now and then a new bank account. */
public final class SellerLife {
    /** Chance per visit that a good seller changes payout account. */
    static final double PAYOUT_CHANGE = 0.003;
    private final World w;
    private final Rng rng;

    SellerLife(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** Onboards a seller that passed KYC, adds it to the marketplace and lists its first products over a few days. */
    public void onboard(Seller s, Session session, Tag tag, int firstListings) {
        w.clock.after(rng.range(30 * Time.MINUTE, 20 * Time.HOUR), () -> {
            s.onboarded = true;
            s.lastPayout = w.now();
            w.accounts.onboarded(s, session, tag);
            w.pop.addSeller(s);
            for (int i = 0; i < firstListings; i++) {
                w.clock.after(rng.range(10 * Time.MINUTE, 3 * Time.DAY), () -> list(s, w.catalog.listing(s), tag));
            }
        });
    }

    /** Publishes a listing. */
    public void list(Seller s, Listing l, Tag tag) {
        if (s.banned) {
            return;
        }
        s.listings.add(l);
        w.orders.listingCreated(l, tag);
    }

    /** Requests a payout of the whole positive balance. */
    public void payout(Seller s, Session session, Tag tag) {
        if (s.balance <= 0 || s.banned) {
            return;
        }
        long amount = s.balance;
        s.balance = 0;
        s.lastPayout = w.now();
        w.money.payout(s, amount, session, tag);
    }

    /** A seller's visit: sign in, maybe list products, request a payout when one is due. */
    void session(Seller s) {
        if (s.banned || !s.onboarded) {
            return;
        }
        Tag tag = Tag.of(s.taint(), s.scheme);
        Session session = s.taint() == null ? w.habits.session(s) : new Session(rng.pick(s.devices), s.homeIp);
        w.habits.login(s, session, tag, () -> {
            if (rng.chance(0.25)) {
                for (int i = 0, n = rng.between(1, 3); i < n; i++) {
                    w.clock.after(rng.range(Time.MINUTE, 30 * Time.MINUTE), () -> list(s, w.catalog.listing(s), tag));
                }
            }
            if (s.taint() == null && rng.chance(PAYOUT_CHANGE)) {
                w.clock.after(rng.range(Time.MINUTE, 15 * Time.MINUTE), () -> changePayout(s, session));
            } else if (s.balance > Verdicts.local(s.region, 30) && w.now() - s.lastPayout > 6 * Time.DAY) {
                w.clock.after(rng.range(Time.MINUTE, 10 * Time.MINUTE), () -> payout(s, session, tag));
            }
        });
    }

    private void changePayout(Seller s, Session session) {
        s.payout = w.ident.payout();
        w.accounts.profileChanged(s, "payout_account", s.payout, session, Tag.BENIGN);
        w.verdicts.maybeAppeal(s);
        if (s.balance > 0 && rng.chance(0.3)) {
            w.clock.after(rng.range(20 * Time.MINUTE, 12 * Time.HOUR), () -> payout(s, session, Tag.BENIGN));
        }
    }
}
