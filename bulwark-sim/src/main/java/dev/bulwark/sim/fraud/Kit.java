package dev.bulwark.sim.fraud;

import dev.bulwark.sim.behaviour.World;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Account;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The tools every campaign uses: crew identifiers, fake accounts, stolen cards, turned accounts and cover visits. */
final class Kit {
    final World w;
    final Rng rng;

    Kit(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** One of the crew's devices; a new one while the crew has fewer than {@code max}. */
    Entity device(Crew c, Taint t, int max) {
        return shared(c.devices, max, t, w.ident::device);
    }

    /** An address the crew connects from: its hosting block, or residential proxy exits. */
    Entity ip(Crew c, Taint t) {
        if (c.hosting) {
            return shared(c.ips, 4, t, () -> c.ips.isEmpty() ? w.net.hosting(rng) : w.net.neighbour(c.ips.get(0), rng));
        }
        return shared(c.ips, 60, t, () -> w.net.residential(c.region, rng));
    }

    /** A crew device and address. */
    Session session(Crew c, Taint t, int maxDevices) {
        return new Session(device(c, t, maxDevices), ip(c, t));
    }

    /** A drop address of the crew. */
    Entity dropAddress(Crew c, Taint t, int max) {
        return shared(c.addresses, max, t, w.ident::address);
    }

    /** A mule payout account of the crew. */
    Entity mule(Crew c, Taint t, int max) {
        return shared(c.payouts, max, t, w.ident::payout);
    }

    /** A crew phone number, or none with probability {@code none}. */
    @Nullable Entity phone(Crew c, Taint t, Region r, double none) {
        return rng.chance(none) ? null : shared(c.phones, 3, t, () -> w.ident.phone(r));
    }

    /** A new email, disposable with probability {@code disposable}. */
    Entity email(Region r, Taint t, double disposable) {
        Entity e = rng.chance(disposable) ? w.ident.disposableEmail(r) : w.ident.webmail(r);
        e.taint(t);
        return e;
    }

    /** An identity document hash: one of the crew's (reused) with probability {@code reuse}, else a new one. */
    String document(Crew c, Taint t, double reuse) {
        if (!c.documents.isEmpty() && rng.chance(reuse)) {
            return rng.pick(c.documents);
        }
        String d = w.ident.documentHash();
        c.documents.add(d);
        w.ident.document(d).ifPresent(e -> e.taint(t));
        return d;
    }

    /** A card stolen from someone, usually abroad; {@code dead} is the chance it is already blocked. */
    Card stolenCard(Crew c, Taint t, double dead) {
        Region issuer = rng.chance(0.4) ? c.region : Region.values()[rng.weighted(Region.weights())];
        Card card = w.ident.card(issuer, 0.0);
        card.dead = rng.chance(dead);
        card.taint(t);
        return card;
    }

    /** A card the crew knows works, from its tested stock when it has one. */
    Card workingCard(Crew c, Taint t) {
        for (int i = 0; i < c.cards.size(); i++) {
            Card card = c.cards.get(rng.below(c.cards.size()));
            if (!card.dead) {
                return card;
            }
        }
        return stolenCard(c, t, 0.15);
    }

    /** Registers a fake buyer from {@code s}; the account, email and phone are tainted and may be investigated. */
    Buyer fakeBuyer(Crew c, Taint t, Session s, double disposable, @Nullable String promo, @Nullable Account referrer) {
        Region r = c.region;
        Buyer b = w.onboarding.buyer(r, email(r, t, disposable), phone(c, t, r, 0.45), s);
        b.taint(t);
        b.viewer = false;
        w.onboarding.register(b, s, promo, referrer, Tag.attack(t));
        w.pop.addBuyer(b, false);
        w.verdicts.investigate(b);
        c.buyers.add(b);
        return b;
    }

    /** Turns an existing account to fraud: tainted, taken out of good traffic, possibly investigated later. */
    void turn(Account a, Taint t) {
        a.taint(t);
        w.pop.retire(a);
        w.verdicts.investigate(a);
    }

    /** A few innocent-looking visits over {@code span}: a login, sometimes a small purchase. */
    void cover(Buyer b, Crew c, Taint t, int visits, long span) {
        for (int i = 0; i < visits; i++) {
            w.clock.after(rng.range(Time.HOUR, span), () -> {
                if (b.banned) {
                    return;
                }
                Session s = new Session(rng.chance(0.7) ? b.device() : device(c, t, 3), ip(c, t));
                w.accounts.login(b, s, true, null, w.habits.method(b), Tag.cover(t));
                if (rng.chance(0.45)) {
                    ensureWallet(b, c, t);
                    w.clock.after(rng.range(2 * Time.MINUTE, 20 * Time.MINUTE), () -> w.buyers.shop(b, s, Tag.cover(t)));
                }
            });
        }
    }

    /** Gives a fraud buyer a card and address of its own, so cover purchases do not touch new good identifiers. */
    void ensureWallet(Buyer b, Crew c, Taint t) {
        if (b.cards.isEmpty()) {
            Card own = w.ident.card(b.region, 0.3);
            own.taint(t);
            b.cards.add(own);
        }
        if (b.addresses.isEmpty()) {
            b.addresses.add(dropAddress(c, t, 3));
        }
    }

    /** A random element of the crew's list, or a new tainted one while the list is shorter than {@code max}. */
    <E extends Entity> E shared(List<E> list, int max, Taint t, Supplier<E> make) {
        if (list.size() < max && (list.isEmpty() || rng.chance(0.5))) {
            E e = make.get();
            e.taint(t);
            list.add(e);
            return e;
        }
        return list.get(rng.below(list.size()));
    }
}
