package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;

/** A creator's life: affiliate links for listings they promote, and cash-outs of live-gift earnings. */
public final class CreatorLife {
    /** Coins a host accumulates before cashing out. */
    static final long CASHOUT_COINS = 4_000;
    private final World w;
    private final Rng rng;

    CreatorLife(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** Creates an affiliate link for a listing. */
    public Link link(Creator c, Listing l, Tag tag) {
        Link link = new Link(w.ids.next(Ids.Kind.LINK), c, l);
        c.links.add(link);
        w.money.linkCreated(link, tag);
        return link;
    }

    /** Sets the account commissions and cash-outs are paid to. */
    public void setPayout(Creator c, Entity payout, Session s, Tag tag) {
        if (c.banned) {
            return;
        }
        c.payout = payout;
        w.accounts.profileChanged(c, "payout_account", payout, s, tag);
    }

    /** A creator's visit: sign in, promote a few listings, cash out gift earnings when enough have accrued. */
    void session(Creator c) {
        if (c.banned) {
            return;
        }
        Tag tag = Tag.of(c.taint(), null);
        Session s = c.taint() == null ? w.habits.session(c) : new Session(rng.pick(c.devices), c.homeIp);
        w.habits.login(c, s, tag, () -> {
            if (c.affiliate && rng.chance(0.4)) {
                for (int i = 0, n = rng.between(1, 3); i < n; i++) {
                    Listing l = w.pop.listing(c.region, rng);
                    if (l != null) {
                        w.clock.after(rng.range(Time.MINUTE, 20 * Time.MINUTE), () -> link(c, l, tag));
                    }
                }
            }
            Entity payout = c.payout;
            if (c.host && payout != null && c.taint() == null && c.giftCoins >= CASHOUT_COINS
                    && w.now() - c.lastCashout > 6 * Time.DAY) {
                w.clock.after(rng.range(Time.MINUTE, 10 * Time.MINUTE), () -> w.gifting.cashout(c, payout, s, tag));
            }
        });
    }
}
