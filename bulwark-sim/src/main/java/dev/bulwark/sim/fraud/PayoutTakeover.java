package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/**
 * Payout takeover: an attacker gets into an established seller's (or live host's) account, sometimes after a
 * few wrong passwords, switches the payout account to a mule shared across victims, and drains the balance
 * within hours. The real owner switches it back a day or two later.
 */
final class PayoutTakeover implements Scheme {
    private final Kit kit;
    private final Sellers sellers;

    PayoutTakeover(Kit kit) {
        this.kit = kit;
        this.sellers = new Sellers(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.PAYOUT_TAKEOVER);
        Session s = kit.session(crew, t, 2);
        if (kit.rng.chance(0.25)) {
            Creator host = richHost(crew);
            if (host != null) {
                breakIn(host, s, t, () -> {
                    Entity mule = kit.mule(crew, t, 2);
                    Entity original = host.payout;
                    host.payout = mule;
                    kit.w.accounts.profileChanged(host, "payout_account", mule, s, Tag.attack(t));
                    kit.w.clock.after(kit.rng.range(5 * Time.MINUTE, 4 * Time.HOUR), () -> kit.w.gifting.cashout(host, mule, s, Tag.attack(t)));
                    restore(host, original);
                });
                return;
            }
        }
        Seller victim = richSeller(crew);
        if (victim == null) {
            return;
        }
        breakIn(victim, s, t, () -> {
            Entity original = victim.payout;
            victim.payout = kit.mule(crew, t, 2);
            kit.w.accounts.profileChanged(victim, "payout_account", victim.payout, s, Tag.attack(t));
            kit.w.clock.after(kit.rng.range(5 * Time.MINUTE, 5 * Time.HOUR), () -> kit.w.sellers.payout(victim, s, Tag.attack(t)));
            restore(victim, original);
        });
    }

    private void breakIn(Account victim, Session s, Taint t, Runnable then) {
        int failures = kit.rng.chance(0.5) ? kit.rng.between(2, 5) : 0;
        for (int i = 0; i < failures; i++) {
            kit.w.clock.after(i * kit.rng.range(10 * Time.SECOND, 60 * Time.SECOND), () ->
                    kit.w.accounts.login(victim, s, false, "bad_password", "password", Tag.attack(t)));
        }
        kit.w.clock.after(failures * Time.MINUTE + kit.rng.range(10 * Time.SECOND, Time.MINUTE), () -> {
            kit.w.accounts.login(victim, s, true, null, "password", Tag.attack(t));
            kit.w.clock.after(kit.rng.range(2 * Time.MINUTE, 20 * Time.MINUTE), then::run);
        });
    }

    private void restore(Account victim, Entity original) {
        kit.w.clock.after(kit.rng.range(Time.DAY, 3 * Time.DAY), () -> {
            Session own = new Session(victim.device(), victim.homeIp);
            kit.w.accounts.login(victim, own, true, null, "password", Tag.BENIGN);
            kit.w.accounts.profileChanged(victim, "payout_account", original, own, Tag.BENIGN);
            switch (victim) {
                case Seller s -> s.payout = original;
                case Creator c -> c.payout = original;
                default -> { }
            }
        });
    }

    private @Nullable Seller richSeller(Crew crew) {
        Seller best = null;
        for (int i = 0; i < 25; i++) {
            Seller s = sellers.established(crew);
            if (s != null && (best == null || s.balance > best.balance)) {
                best = s;
            }
        }
        return best;
    }

    private @Nullable Creator richHost(Crew crew) {
        for (int i = 0; i < 30; i++) {
            Creator c = kit.w.pop.host(crew.region, kit.rng);
            if (c != null && c.taint() == null && c.giftCoins > 1500 && c.payout != null) {
                return c;
            }
        }
        return null;
    }
}
