package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * Gift laundering: fake viewers buy large coin packs with stolen cards and at once gift everything to a
 * colluding host, who cashes out to a mule account within a day. Most of the coin purchases are charged back.
 */
final class GiftLaundering implements Scheme {
    private final Kit kit;

    GiftLaundering(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.GIFT_LAUNDERING);
        Creator host = crew.host != null && !crew.host.banned ? crew.host : new Hosts(kit).recruit(crew, t);
        int viewers = kit.rng.between(3, 8);
        for (int i = 0; i < viewers; i++) {
            kit.w.clock.after(kit.rng.range(10 * Time.MINUTE, Time.DAY), () -> {
                Session s = kit.session(crew, t, 3);
                Buyer v = !crew.buyers.isEmpty() && kit.rng.chance(0.4) ? kit.rng.pick(crew.buyers)
                        : kit.fakeBuyer(crew, t, s, 0.3, null, null);
                for (int r = 0, n = kit.rng.between(1, 4); r < n; r++) {
                    kit.w.clock.after(kit.rng.range(30 * Time.MINUTE, 5 * Time.DAY), () -> round(crew, t, v, host));
                }
            });
        }
    }

    private void round(Crew crew, Taint t, Buyer viewer, Creator host) {
        if (viewer.banned || host.banned) {
            return;
        }
        Session s = kit.session(crew, t, 3);
        Tag tag = Tag.attack(t);
        kit.w.accounts.login(viewer, s, true, null, "password", tag);
        Card card = kit.workingCard(crew, t);
        var r = kit.w.gifting.recharge(viewer, s, card, kit.rng.between(4, 6), 0.08, tag);
        if (r == null) {
            card.dead = true;
            r = kit.w.gifting.recharge(viewer, s, kit.stolenCard(crew, t, 0.2), kit.rng.between(3, 5), 0.08, tag);
        }
        if (r == null) {
            return;
        }
        if (kit.rng.chance(0.7)) {
            kit.w.verdicts.coinChargeback(viewer, r.card(), r.amount(), r.paymentEventId(), t, kit.rng.range(6 * Time.DAY, 35 * Time.DAY));
        }
        long coins = viewer.coins;
        kit.w.clock.after(kit.rng.range(20 * Time.SECOND, 4 * Time.MINUTE), () ->
                kit.w.gifting.gifts(viewer, s, host, coins, 60, 12 * Time.SECOND, tag));
        Hosts.scheduleCashout(kit, host, crew, t);
    }
}
