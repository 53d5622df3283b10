package dev.bulwark.sim.fraud;

import dev.bulwark.sim.Typology;
import dev.bulwark.sim.behaviour.Onboarding;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/**
 * Bulk registration: a device farm signs up a batch of accounts within hours, from one hosting block or
 * rotating residential proxies, mostly with disposable emails, often referring each other for the referral
 * bonus. Some accounts later log in innocently (cover) or are reused by the crew's other schemes.
 */
final class FakeAccounts implements Scheme {
    private final Kit kit;

    FakeAccounts(Kit kit) {
        this.kit = kit;
    }

    @Override
    public void launch(Crew crew) {
        Taint t = crew.taint(Typology.FAKE_ACCOUNT);
        int accounts = kit.rng.between(8, 35);
        int devices = kit.rng.between(1, 2);
        double disposable = kit.rng.chance(0.75) ? kit.rng.uniform(0.6, 0.95) : kit.rng.uniform(0.1, 0.3);
        register(crew, t, accounts, devices, disposable, null);
    }

    private void register(Crew crew, Taint t, int left, int devices, double disposable, @Nullable Buyer previous) {
        if (left == 0) {
            return;
        }
        Session s = kit.session(crew, t, devices);
        Buyer referrer = previous != null && kit.rng.chance(0.5) ? previous : null;
        String promo = kit.rng.chance(0.3) ? Onboarding.welcomeCode(crew.region) : null;
        Buyer b = kit.fakeBuyer(crew, t, s, disposable, promo, referrer);
        if (kit.rng.chance(0.4)) {
            kit.cover(b, crew, t, kit.rng.between(1, 3), 10 * Time.DAY);
        }
        kit.w.clock.after(kit.rng.delay(6 * Time.MINUTE), () -> register(crew, t, left - 1, devices, disposable, b));
    }
}
