package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.AfterSale;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;

/**
 * Friendly fraud: an established buyer, sometimes with a second account on the same device and card, buys
 * pricey goods with their own card, receives them, claims they never arrived or were not as described (the
 * attack), and disputes the payment with the bank weeks later (the chargeback and its label follow).
 */
final class FriendlyFraud implements Scheme {
    private final Kit kit;

    FriendlyFraud(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.FRIENDLY_FRAUD);
        Buyer lead = Turned.buyer(kit, crew.region);
        if (lead == null) {
            return;
        }
        kit.turn(lead, t);
        lead.cards.get(0).taint(t);
        List<Buyer> accounts = new ArrayList<>(List.of(lead));
        if (kit.rng.chance(0.3)) {
            Buyer second = kit.fakeBuyer(crew, t, new Session(lead.device(), lead.homeIp), 0.0, null, null);
            second.cards.add(lead.cards.get(0));
            second.addresses.add(lead.addresses.get(0));
            accounts.add(second);
        }
        for (Buyer b : accounts) {
            for (int k = 0, n = kit.rng.between(2, 5); k < n; k++) {
                kit.w.clock.after(kit.rng.range(Time.HOUR, 18 * Time.DAY), () -> order(b, t));
            }
        }
    }

    private void order(Buyer b, Taint t) {
        Listing l = Hot.listing(kit, b.region);
        if (l == null || b.banned) {
            return;
        }
        Session s = new Session(b.device(), kit.w.habits.ip(b));
        kit.w.accounts.login(b, s, true, null, kit.rng.pick("token", "password"), Tag.cover(t));
        Order o = kit.w.shopping.order(b, s, l, 1, b.cards.get(0), b.addresses.get(0), null);
        o.afterSale = kit.rng.chance(0.7) ? AfterSale.CLAIM_NOT_RECEIVED : AfterSale.REFUND;
        o.claimScheme = t;
        o.chargebackAfter = kit.rng.range(12 * Time.DAY, 35 * Time.DAY);
        o.chargebackReason = kit.rng.pick("13.1", "13.3", "4853");
        o.chargebackFraud = t;
        kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 20 * Time.MINUTE), () -> kit.w.shopping.place(o, 0.03, List.of()));
    }
}
