package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * Account takeover by credential stuffing: a bot tries leaked credentials against many accounts (most fail,
 * some name no account at all), from a few hosting addresses or rotating proxies with one device fingerprint;
 * the few that work are taken over from a new device, given a new address and emptied by quick orders.
 */
final class CredentialStuffing implements Scheme {
    private final Kit kit;
    private final Takeover takeover;

    CredentialStuffing(Kit kit) {
        this.kit = kit;
        this.takeover = new Takeover(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.ACCOUNT_TAKEOVER);
        boolean spoofDevices = kit.rng.chance(0.3);
        Entity bot = kit.device(crew, t, 2);
        int attempts = kit.rng.between(40, 200);
        long gap = kit.rng.range(5 * Time.SECOND, 40 * Time.SECOND);
        Region region = kit.rng.chance(0.7) ? crew.region : Region.values()[kit.rng.weighted(Region.weights())];
        attempt(crew, t, region, spoofDevices, bot, attempts, gap);
    }

    private void attempt(Crew crew, Taint t, Region region, boolean spoof, Entity bot, int left, long gap) {
        if (left == 0) {
            return;
        }
        Entity device = spoof ? kit.w.ident.device() : bot;
        if (spoof) {
            device.taint(t);
        }
        Entity ip = spoof ? kit.shared(crew.ips, 2, t, () -> kit.w.net.hosting(kit.rng)) : kit.ip(crew, t);
        Session s = new Session(device, ip);
        Tag tag = Tag.attack(t);
        Buyer target = kit.rng.chance(0.75) ? kit.w.pop.anyBuyer(region, kit.rng) : null;
        if (target == null || target.taint() != null) {
            kit.w.accounts.unknownLogin(kit.w.ids.next(Ids.Kind.BUYER), s, region, tag);
        } else if (kit.rng.chance(0.05)) {
            kit.w.accounts.login(target, s, true, null, "password", tag);
            if (kit.rng.chance(0.65)) {
                kit.w.clock.after(kit.rng.range(10 * Time.MINUTE, 8 * Time.HOUR), () -> takeOver(target, crew, t));
            }
        } else {
            kit.w.accounts.login(target, s, false, kit.rng.chance(0.9) ? "bad_password" : "mfa_failed", "password", tag);
        }
        kit.w.clock.after(kit.rng.delay(gap), () -> attempt(crew, t, region, spoof, bot, left - 1, gap));
    }

    private void takeOver(Buyer victim, Crew crew, Taint t) {
        Session s = new Session(kit.device(crew, t, 4), kit.ip(crew, t));
        kit.w.accounts.login(victim, s, true, null, "password", Tag.attack(t));
        takeover.monetise(victim, s, crew, t, kit.rng.chance(0.25));
    }
}
