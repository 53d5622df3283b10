package dev.bulwark.sim.fraud;

import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Category;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * A non-delivery scam run from an onboarded seller account: popular goods listed well below market price,
 * tracking numbers for parcels that never arrive, and payouts requested every day or two, sometimes to a new
 * mule account switched in just before.
 */
final class Scam {
    private static final Category[] HOT = {Category.PHONES, Category.ELECTRONICS, Category.ELECTRONICS, Category.FASHION,
        Category.GIFT_CARDS, Category.BEAUTY};
    private final Kit kit;

    Scam(Kit kit) {
        this.kit = kit;
    }

    /** Starts the scam on {@code seller} for {@code days} days. */
    void run(Seller seller, Crew crew, Taint t, int days) {
        seller.scheme = t;
        seller.shipping = Seller.Shipping.FAKE;
        seller.handlingHours = kit.rng.uniform(4, 20);
        kit.w.pop.setPopularity(seller, kit.rng.lognormal(7, 0.4));
        Tag tag = Tag.attack(t);
        for (int i = 0, n = kit.rng.between(5, 12); i < n; i++) {
            Listing l = kit.w.catalog.listing(seller, kit.rng.pick(HOT), kit.rng.uniform(0.45, 0.7));
            kit.w.clock.after(kit.rng.range(Time.MINUTE, 12 * Time.HOUR), () -> kit.w.sellers.list(seller, l, tag));
        }
        long end = kit.w.now() + days * Time.DAY;
        kit.w.clock.after(kit.rng.range(2 * Time.DAY, 3 * Time.DAY), () -> cashIn(seller, crew, t, end));
    }

    private void cashIn(Seller seller, Crew crew, Taint t, long end) {
        if (seller.banned) {
            return;
        }
        Tag tag = Tag.attack(t);
        Session s = new Session(seller.device(), kit.ip(crew, t));
        kit.w.accounts.login(seller, s, true, null, "password", tag);
        if (kit.rng.chance(0.3)) {
            seller.payout = kit.mule(crew, t, 3);
            kit.w.accounts.profileChanged(seller, "payout_account", seller.payout, s, tag);
        }
        kit.w.clock.after(kit.rng.range(5 * Time.MINUTE, 3 * Time.HOUR), () -> kit.w.sellers.payout(seller, s, tag));
        if (kit.w.now() < end) {
            kit.w.clock.after(kit.rng.range(Time.DAY, 3 * Time.DAY), () -> cashIn(seller, crew, t, end));
        } else {
            kit.w.pop.retire(seller);
        }
    }
}
