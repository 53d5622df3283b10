package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;

/**
 * Stolen payment instruments: a few young accounts on shared devices buy resellable goods with many stolen
 * cards, often issued abroad, shipped to drop addresses. Some accounts are aged a few days with cover visits
 * first. Most authorised orders come back as chargebacks weeks later.
 */
final class StolenCards implements Scheme {
    private final Kit kit;

    StolenCards(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.STOLEN_PAYMENT);
        int accounts = kit.rng.between(1, 3);
        for (int i = 0; i < accounts; i++) {
            Session s = kit.session(crew, t, 2);
            Buyer b = !crew.buyers.isEmpty() && kit.rng.chance(0.4) ? kit.rng.pick(crew.buyers)
                    : kit.fakeBuyer(crew, t, s, 0.25, null, null);
            boolean age = kit.rng.chance(0.35);
            long start = age ? kit.rng.range(2 * Time.DAY, 6 * Time.DAY) : kit.rng.range(20 * Time.MINUTE, 12 * Time.HOUR);
            if (age) {
                kit.cover(b, crew, t, kit.rng.between(1, 3), start);
            }
            int orders = kit.rng.between(2, 6);
            for (int k = 0; k < orders; k++) {
                kit.w.clock.after(start + kit.rng.range(0, 3 * Time.DAY), () -> buy(crew, t, b));
            }
        }
    }

    private void buy(Crew crew, Taint t, Buyer b) {
        Listing l = Hot.listing(kit, b.region);
        if (l == null || b.banned) {
            return;
        }
        Session s = kit.session(crew, t, 2);
        kit.w.accounts.login(b, s, true, null, "password", Tag.attack(t));
        Card card = kit.rng.chance(0.5) ? kit.workingCard(crew, t) : kit.stolenCard(crew, t, 0.3);
        List<Card> fallbacks = new ArrayList<>();
        for (int i = 0, n = kit.rng.between(0, 3); i < n; i++) {
            fallbacks.add(kit.stolenCard(crew, t, 0.4));
        }
        b.cards.add(card);
        Entity drop = kit.dropAddress(crew, t, 2);
        kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 15 * Time.MINUTE), () -> {
            Order o = kit.w.shopping.order(b, s, l, kit.rng.chance(0.75) ? 1 : 2, card, drop, null);
            o.buyerScheme = t;
            if (kit.rng.chance(0.85)) {
                o.chargebackAfter = kit.rng.range(5 * Time.DAY, 35 * Time.DAY);
                o.chargebackReason = kit.rng.pick("10.4", "10.4", "4837", "UA02");
                o.chargebackFraud = t;
            }
            kit.w.shopping.place(o, 0.08, fallbacks);
        });
    }
}
