package dev.bulwark.sim.fraud;

import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.List;

/**
 * What an attacker does inside a taken-over buyer account: a new shipping address, then quick high-value
 * orders on the victim's stored card, or coins gifted to a colluding host. Shared by the takeover typologies.
 */
final class Takeover {
    private final Kit kit;

    Takeover(Kit kit) {
        this.kit = kit;
    }

    /** Monetises {@code victim} from {@code s} after a successful login: orders (or coins) within the hour. */
    void monetise(Buyer victim, Session s, Crew crew, Taint t, boolean coins) {
        Tag tag = Tag.attack(t);
        Entity drop = kit.dropAddress(crew, t, 3);
        if (victim.cards.isEmpty()) {
            victim.cards.add(kit.w.ident.card(victim.region, 0.1));
        }
        Card card = victim.cards.get(0);
        if (coins) {
            int rounds = kit.rng.between(1, 3);
            for (int i = 0; i < rounds; i++) {
                kit.w.clock.after(kit.rng.range(3 * Time.MINUTE, 40 * Time.MINUTE), () -> launder(victim, s, crew, t, card));
            }
            return;
        }
        kit.w.clock.after(kit.rng.range(Time.MINUTE, 12 * Time.MINUTE), () -> {
            victim.addresses.add(drop);
            kit.w.accounts.profileChanged(victim, "address", drop, s, tag);
            int orders = kit.rng.between(1, 3);
            for (int i = 0; i < orders; i++) {
                kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 45 * Time.MINUTE), () -> order(victim, s, t, card, drop));
            }
        });
    }

    /** A colluding host for the crew, created (registered, verified) the first time it is needed. */
    Creator host(Crew crew, Taint t) {
        Creator host = crew.host;
        if (host == null) {
            host = new Hosts(kit).recruit(crew, t);
        }
        return host;
    }

    private void order(Buyer victim, Session s, Taint t, Card card, Entity drop) {
        Listing l = Hot.listing(kit, victim.region);
        if (l == null) {
            return;
        }
        Order o = kit.w.shopping.order(victim, s, l, kit.rng.chance(0.7) ? 1 : 2, card, drop, null);
        o.buyerScheme = t;
        if (kit.rng.chance(0.55)) {
            o.chargebackAfter = kit.rng.range(7 * Time.DAY, 30 * Time.DAY);
            o.chargebackReason = "10.4";
            o.chargebackFraud = t;
        }
        kit.w.shopping.place(o, 0.05, List.of());
    }

    private void launder(Buyer victim, Session s, Crew crew, Taint t, Card card) {
        Creator host = host(crew, t);
        Tag tag = Tag.attack(t);
        var r = kit.w.gifting.recharge(victim, s, card, kit.rng.between(4, 6), 0.05, tag);
        if (r == null) {
            return;
        }
        if (kit.rng.chance(0.55)) {
            kit.w.verdicts.coinChargeback(victim, card, r.amount(), r.paymentEventId(), t, kit.rng.range(7 * Time.DAY, 30 * Time.DAY));
        }
        kit.w.clock.after(kit.rng.range(20 * Time.SECOND, 3 * Time.MINUTE), () ->
                kit.w.gifting.gifts(victim, s, host, r.coins(), 40, 20 * Time.SECOND, tag));
        Hosts.scheduleCashout(kit, host, crew, t);
    }
}
