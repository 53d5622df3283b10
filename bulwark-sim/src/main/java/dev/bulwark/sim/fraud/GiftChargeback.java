package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/**
 * Gift-then-chargeback: a viewer buys coins with their own card, gifts them within minutes (to a popular host
 * or a friend's), and later tells the bank the purchases were not theirs. Often a young account, sometimes an
 * established one; two or three rounds before the chargebacks land.
 */
final class GiftChargeback implements Scheme {
    private final Kit kit;

    GiftChargeback(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.GIFT_CHARGEBACK);
        Buyer b = kit.rng.chance(0.25) ? Turned.buyer(kit, crew.region) : null;
        Session s;
        if (b != null) {
            kit.turn(b, t);
            s = new Session(b.device(), kit.w.habits.ip(b));
        } else {
            s = new Session(kit.device(crew, t, 1), kit.rng.chance(0.5) ? kit.w.net.mobile(crew.region, kit.rng) : kit.ip(crew, t));
            b = kit.fakeBuyer(crew, t, s, 0.15, null, null);
        }
        Card own = kit.w.ident.card(b.region, 0.0);
        own.taint(t);
        b.cards.add(0, own);
        Creator friend = kit.rng.chance(0.3) ? new Takeover(kit).host(crew, t) : null;
        Buyer viewer = b;
        for (int r = 0, n = kit.rng.between(2, 3); r < n; r++) {
            kit.w.clock.after(kit.rng.range(20 * Time.MINUTE, 8 * Time.DAY), () -> round(viewer, s, own, friend, t));
        }
    }

    private void round(Buyer b, Session s, Card card, @Nullable Creator friend, Taint t) {
        Creator host = friend != null ? friend : kit.w.pop.host(b.region, kit.rng);
        if (host == null || b.banned) {
            return;
        }
        Tag tag = Tag.attack(t);
        kit.w.accounts.login(b, s, true, null, kit.rng.pick("token", "password", "otp"), tag);
        for (int i = 0, n = kit.rng.between(1, 2); i < n; i++) {
            var r = kit.w.gifting.recharge(b, s, card, kit.rng.chance(0.25) ? 3 : kit.rng.between(4, 5), 0.04, tag);
            if (r != null) {
                kit.w.verdicts.coinChargeback(b, card, r.amount(), r.paymentEventId(), t, kit.rng.range(5 * Time.DAY, 30 * Time.DAY));
            }
        }
        long coins = b.coins;
        kit.w.clock.after(kit.rng.range(30 * Time.SECOND, 5 * Time.MINUTE), () ->
                kit.w.gifting.gifts(b, s, host, coins, 40, 25 * Time.SECOND, tag));
    }
}
