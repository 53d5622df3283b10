package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Action;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;

/**
 * Where and how people sign in: their usual devices and IPs, carrier NAT, home IP churn, and the honest
 * oddities: a new phone, a trip abroad, a VPN, a mistyped password.
 */
public final class Habits {
    /** Chance per visit that a good user shows up on a brand-new device. */
    static final double NEW_DEVICE = 0.002;
    /** Chance per visit that a good user starts a trip abroad. */
    static final double TRAVEL = 0.0008;
    /** Chance per visit of a VPN or hosting address. */
    static final double VPN = 0.003;
    private final World w;
    private final Rng rng;

    Habits(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** The device and IP for one visit of a good user, occasionally with an honest oddity. */
    public Session session(Account a) {
        Entity device = a.devices.size() > 1 && rng.chance(0.15) ? a.devices.get(1 + rng.below(a.devices.size() - 1)) : a.device();
        if (a.taint() == null && rng.chance(NEW_DEVICE)) {
            device = w.ident.device();
            a.devices.add(0, device);
            w.verdicts.maybeAppeal(a);
        }
        return new Session(device, ip(a));
    }

    /** The IP for one visit: home, carrier, abroad or a VPN. */
    public Entity ip(Account a) {
        long now = w.now();
        if (a.taint() == null) {
            if (a instanceof Buyer b) {
                if (now < b.travelUntil) {
                    return b.travelIp;
                }
                if (rng.chance(TRAVEL)) {
                    b.travelUntil = now + rng.range(2 * Time.DAY, 10 * Time.DAY);
                    Region abroad = Region.values()[rng.below(Region.values().length)];
                    b.travelIp = abroad == a.region || rng.chance(0.3) ? w.net.hosting(rng) : w.net.mobile(abroad, rng);
                    w.verdicts.maybeAppeal(a);
                    return b.travelIp;
                }
            }
            if (rng.chance(VPN)) {
                return w.net.hosting(rng);
            }
            if (rng.chance(0.002)) {
                a.homeIp = w.net.residential(a.region, rng);
            }
        }
        boolean carrier = a.mobile ? rng.chance(0.8) : rng.chance(0.12);
        return carrier ? w.net.mobile(a.region, rng) : a.homeIp;
    }

    /** How a good user authenticates this time. */
    public String method(Account a) {
        double u = rng.u();
        double otp = a.region.otpShare();
        if (u < otp) {
            return "otp";
        }
        if (u < otp + 0.04) {
            return "sso";
        }
        return u < otp + 0.34 ? "password" : "token";
    }

    /**
     * Signs a good user in and then runs {@code then}; a password login sometimes fails first with a
     * mistyped password (rarely twice) and succeeds a little later.
     */
    public void login(Account a, Session s, Tag tag, Action then) {
        String method = method(a);
        if (method.equals("password") && rng.chance(0.04)) {
            w.accounts.login(a, s, false, "bad_password", method, tag);
            int retries = rng.chance(0.2) ? 1 : 0;
            w.clock.after(rng.range(8 * Time.SECOND, 70 * Time.SECOND), () -> {
                if (retries > 0) {
                    w.accounts.login(a, s, false, rng.chance(0.8) ? "bad_password" : "mfa_failed", method, tag);
                }
                w.clock.after(rng.range(10 * Time.SECOND, 90 * Time.SECOND), () -> {
                    w.accounts.login(a, s, true, null, method, tag);
                    then.run();
                });
            });
            return;
        }
        w.accounts.login(a, s, true, null, method, tag);
        then.run();
    }
}
