package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;

/**
 * The drift pattern, starting part-way through a run: takeovers by SIM swap. The attacker receives the
 * victim's one-time passwords, so there are no failed logins to see: an OTP login from a new device (often on
 * a carrier address shared with many good users), the email or phone changed within minutes, then coins
 * gifted to a colluding host or goods shipped to a new address. The operator's device serves many victims.
 */
final class SimSwapTakeover implements Scheme {
    private final Kit kit;
    private final Takeover takeover;

    SimSwapTakeover(Kit kit) {
        this.kit = kit;
        this.takeover = new Takeover(kit);
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.SIM_SWAP_TAKEOVER);
        Entity operator = kit.device(crew, t, 2);
        for (int i = 0, n = kit.rng.between(2, 6); i < n; i++) {
            kit.w.clock.after(kit.rng.range(0, 2 * Time.DAY), () -> {
                Buyer victim = Turned.buyer(kit, crew.region);
                if (victim != null) {
                    hijack(victim, crew, t, operator);
                }
            });
        }
    }

    private void hijack(Buyer victim, Crew crew, Taint t, Entity operator) {
        Entity ip = kit.rng.chance(0.5) ? kit.w.net.mobile(crew.region, kit.rng) : kit.ip(crew, t);
        Session s = new Session(operator, ip);
        Tag tag = Tag.attack(t);
        kit.w.accounts.login(victim, s, true, null, "otp", tag);
        kit.w.clock.after(kit.rng.range(Time.MINUTE, 12 * Time.MINUTE), () -> {
            if (kit.rng.chance(0.7)) {
                victim.email = kit.email(victim.region, t, 0.2);
                kit.w.accounts.profileChanged(victim, "email", victim.email, s, tag);
            } else {
                Entity phone = kit.phone(crew, t, victim.region, 0.0);
                kit.w.accounts.profileChanged(victim, "phone", phone, s, tag);
            }
            kit.w.clock.after(kit.rng.range(3 * Time.MINUTE, 30 * Time.MINUTE),
                    () -> takeover.monetise(victim, s, crew, t, kit.rng.chance(0.6)));
        });
    }
}
