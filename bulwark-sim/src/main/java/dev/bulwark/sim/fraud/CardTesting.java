package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Gifting;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * Card testing: a bot runs a list of stolen card numbers through the smallest coin packs, one after another
 * from one or two accounts on one device; most are declined, the ones that pass join the crew's stock for
 * its other schemes. Some of the coins are gifted away as cover.
 */
final class CardTesting implements Scheme {
    private final Kit kit;

    CardTesting(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.CARD_TESTING);
        Session s = kit.session(crew, t, 1);
        Buyer account = !crew.buyers.isEmpty() && kit.rng.chance(0.4) ? kit.rng.pick(crew.buyers)
                : kit.fakeBuyer(crew, t, s, 0.5, null, null);
        int cards = kit.rng.between(12, 60);
        long gap = kit.rng.range(15 * Time.SECOND, 90 * Time.SECOND);
        kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 30 * Time.MINUTE), () -> {
            kit.w.accounts.login(account, s, true, null, "password", Tag.attack(t));
            test(crew, t, account, s, cards, gap);
        });
    }

    private void test(Crew crew, Taint t, Buyer account, Session s, int left, long gap) {
        if (left == 0 || account.banned) {
            spendSome(account, s, t);
            return;
        }
        Card card = kit.stolenCard(crew, t, 0.7);
        var r = kit.w.gifting.recharge(account, s, card, kit.rng.chance(0.8) ? 0 : 1, 0.05, Tag.attack(t));
        if (r != null) {
            crew.cards.add(card);
            if (kit.rng.chance(0.2)) {
                kit.w.verdicts.coinChargeback(account, card, r.amount(), r.paymentEventId(), t,
                        kit.rng.range(5 * Time.DAY, 30 * Time.DAY));
            }
        }
        kit.w.clock.after(kit.rng.delay(gap), () -> test(crew, t, account, s, left - 1, gap));
    }

    private void spendSome(Buyer account, Session s, Taint t) {
        Creator host = kit.w.pop.host(account.region, kit.rng);
        if (host != null && account.coins > 0 && kit.rng.chance(0.6)) {
            kit.w.gifting.gifts(account, s, host, Math.min(account.coins, Gifting.packCoins(1)), kit.rng.between(1, 5),
                    Time.MINUTE, Tag.cover(t));
        }
    }
}
