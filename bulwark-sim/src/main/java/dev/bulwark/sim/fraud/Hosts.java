package dev.bulwark.sim.fraud;

import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/** Colluding live hosts: recruited or registered by a crew, verified with the crew's documents, cashed out fast. */
final class Hosts {
    private final Kit kit;

    Hosts(Kit kit) {
        this.kit = kit;
    }

    /** Gives the crew a host: usually a new account with crew documents, sometimes a small existing host turned. */
    Creator recruit(Crew crew, Taint t) {
        Creator host = kit.rng.chance(0.3) ? existing(crew) : null;
        if (host != null) {
            kit.turn(host, t);
            host.payout = kit.mule(crew, t, 2);
        } else {
            host = register(crew, t);
        }
        crew.host = host;
        return host;
    }

    /** Schedules the host's cash-out of fresh gift coins to a mule account, unless one is pending. */
    static void scheduleCashout(Kit kit, Creator host, Crew crew, Taint t) {
        if (crew.cashoutPending) {
            return;
        }
        crew.cashoutPending = true;
        kit.w.clock.after(kit.rng.range(4 * Time.HOUR, 30 * Time.HOUR), () -> {
            crew.cashoutPending = false;
            Entity payout = host.payout;
            if (host.banned || payout == null || host.giftCoins < 500) {
                return;
            }
            Session s = kit.session(crew, t, 3);
            kit.w.accounts.login(host, s, true, null, "password", Tag.attack(t));
            kit.w.gifting.cashout(host, payout, s, Tag.attack(t));
        });
    }

    private @Nullable Creator existing(Crew crew) {
        for (int i = 0; i < 20; i++) {
            Creator c = kit.w.pop.anyCreator(crew.region, kit.rng);
            if (c != null && c.host && c.taint() == null && c.popularity < 1.0 && c.payout != null) {
                return c;
            }
        }
        return null;
    }

    private Creator register(Crew crew, Taint t) {
        Session s = kit.session(crew, t, 3);
        Creator c = new Creator(kit.w.ids.next(Ids.Kind.CREATOR), crew.region, kit.w.now(), kit.email(crew.region, t, 0.2),
                s.device(), s.ip());
        c.phone = kit.phone(crew, t, crew.region, 0.0);
        c.taint(t);
        c.host = true;
        c.popularity = 0.3;
        kit.w.onboarding.register(c, s, null, null, Tag.attack(t));
        kit.w.pop.addCreator(c);
        kit.w.verdicts.investigate(c);
        c.documentHash = kit.document(crew, t, 0.6);
        Onboarding.KycOdds odds = Onboarding.KycOdds.SYNTHETIC;
        kit.w.clock.after(kit.rng.range(20 * Time.MINUTE, 6 * Time.HOUR), () -> kit.w.onboarding.kyc(c, s, c.documentHash,
                kit.rng.chance(0.5) ? crew.region.name() : Onboarding.foreignCountry(kit.rng), odds, Tag.attack(t),
                () -> kit.w.creators.setPayout(c, kit.mule(crew, t, 2), s, Tag.attack(t))));
        return c;
    }
}
