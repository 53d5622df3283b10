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
 * Refund and return abuse: established buyers (alone, or a small refund ring sharing one address and device)
 * order ordinary goods, which is cover, and then claim most of them never arrived although delivered, return
 * nearly empty boxes, or ask for refunds for damage that did not happen. The claims are the attack.
 */
final class RefundAbuse implements Scheme {
    private final Kit kit;

    RefundAbuse(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.REFUND_ABUSE);
        Buyer lead = Turned.buyer(kit, crew.region);
        if (lead == null) {
            return;
        }
        kit.turn(lead, t);
        List<Buyer> ring = new ArrayList<>(List.of(lead));
        if (kit.rng.chance(0.4)) {
            for (int i = 0, n = kit.rng.between(1, 3); i < n; i++) {
                Session s = new Session(lead.device(), lead.homeIp);
                Buyer b = kit.fakeBuyer(crew, t, s, 0.05, null, null);
                b.addresses.add(lead.addresses.get(0));
                b.cards.add(kit.w.ident.card(b.region, 0.2));
                b.cards.get(0).taint(t);
                ring.add(b);
            }
        }
        for (Buyer b : ring) {
            for (int k = 0, n = kit.rng.between(3, 8); k < n; k++) {
                kit.w.clock.after(kit.rng.range(Time.HOUR, 20 * Time.DAY), () -> order(b, t));
            }
        }
    }

    private void order(Buyer b, Taint t) {
        Listing l = kit.rng.chance(0.5) ? Hot.listing(kit, b.region) : kit.w.pop.listing(b.region, kit.rng);
        if (l == null || b.banned) {
            return;
        }
        Session s = new Session(b.device(), kit.w.habits.ip(b));
        kit.w.accounts.login(b, s, true, null, kit.rng.pick("token", "password"), Tag.cover(t));
        Order o = kit.w.shopping.order(b, s, l, 1, b.cards.get(0), b.addresses.get(0), null);
        if (kit.rng.chance(0.8)) {
            double u = kit.rng.u();
            o.afterSale = u < 0.45 ? AfterSale.CLAIM_NOT_RECEIVED : u < 0.8 ? AfterSale.EMPTY_BOX_RETURN : AfterSale.REFUND;
            o.claimScheme = t;
        }
        kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 20 * Time.MINUTE), () -> kit.w.shopping.place(o, 0.03, List.of()));
    }
}
