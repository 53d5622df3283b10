package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.List;

/**
 * New-user promotion abuse: a farm registers accounts with the welcome code and each places one discounted
 * first order, paid with a handful of shared prepaid cards and shipped to one or two drop addresses.
 */
final class PromoAbuse implements Scheme {
    private final Kit kit;

    PromoAbuse(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.PROMO_ABUSE);
        int accounts = kit.rng.between(5, 25);
        int devices = kit.rng.between(1, 2);
        double disposable = kit.rng.chance(0.6) ? kit.rng.uniform(0.5, 0.9) : kit.rng.uniform(0.05, 0.25);
        step(crew, t, accounts, devices, disposable);
    }

    private void step(Crew crew, Taint t, int left, int devices, double disposable) {
        if (left == 0) {
            return;
        }
        Session s = kit.session(crew, t, devices);
        Buyer b = kit.fakeBuyer(crew, t, s, disposable, Onboarding.welcomeCode(crew.region), null);
        Card card = kit.shared(crew.cards, 3, t, () -> kit.w.ident.card(crew.region, 0.0));
        b.cards.add(card);
        b.addresses.add(kit.dropAddress(crew, t, 2));
        kit.w.clock.after(kit.rng.range(10 * Time.MINUTE, 8 * Time.HOUR), () -> order(b, s, t));
        if (kit.rng.chance(0.3)) {
            kit.cover(b, crew, t, 1, 12 * Time.DAY);
        }
        kit.w.clock.after(kit.rng.delay(8 * Time.MINUTE), () -> step(crew, t, left - 1, devices, disposable));
    }

    private void order(Buyer b, Session s, Taint t) {
        Listing l = kit.w.pop.listing(b.region, kit.rng);
        if (l == null || b.banned) {
            return;
        }
        kit.w.accounts.login(b, s, true, null, "password", Tag.attack(t));
        Order o = kit.w.shopping.order(b, s, l, 1, b.cards.get(0), b.addresses.get(0), null);
        kit.w.shopping.discount(o, Onboarding.welcomeCode(b.region), 0.15);
        o.buyerScheme = t;
        kit.w.shopping.place(o, 0.03, List.of());
    }
}
