package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Seller;
import java.util.Locale;

/**
 * Shipping, delivery and settlement: sellers ship after their handling time, carriers deliver days later
 * (or lose the parcel), sellers are credited on shipment and commissions settle after the return window.
 */
public final class Fulfilment {
    /** Chance a good seller never ships a paid order. */
    static final double NEVER_SHIPPED = 0.006;
    /** Chance a carrier loses a parcel. */
    static final double LOST = 0.004;
    private final World w;
    private final Rng rng;

    Fulfilment(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** Schedules shipment of a paid order. */
    void paid(Order o) {
        Seller s = o.seller();
        if (s.shipping == Seller.Shipping.NORMAL && s.taint() == null && rng.chance(NEVER_SHIPPED)) {
            w.clock.after(rng.range(11 * Time.DAY, 19 * Time.DAY), () -> w.afterSales.notArrived(o));
            return;
        }
        double hours = o.emptyParcel ? rng.uniform(2, 20) : rng.lognormal(s.handlingHours, 0.6);
        w.clock.after((long) (hours * Time.HOUR), () -> ship(o));
    }

    private void ship(Order o) {
        Seller s = o.seller();
        if (s.banned && s.shipping == Seller.Shipping.FAKE) {
            w.clock.after(rng.range(9 * Time.DAY, 16 * Time.DAY), () -> w.afterSales.notArrived(o));
            return;
        }
        boolean fake = s.shipping == Seller.Shipping.FAKE;
        if (o.emptyParcel) {
            o.shippedGrams = rng.between(8, 60);
        } else if (fake) {
            o.shippedGrams = rng.between(15, 140);
        } else {
            o.shippedGrams = (int) Math.round(o.listing.weightGrams * o.quantity * rng.uniform(0.95, 1.2)) + rng.between(20, 120);
        }
        String carrier = rng.pick(s.region.carriers());
        o.shipped = true;
        w.orders.shipped(o, carrier, tracking(carrier));
        s.balance += o.amount - o.amount * 8 / 100;
        if (fake) {
            w.clock.after(rng.range(9 * Time.DAY, 16 * Time.DAY), () -> w.afterSales.notArrived(o));
            return;
        }
        if (!o.emptyParcel && rng.chance(LOST)) {
            w.clock.after(rng.range(10 * Time.DAY, 17 * Time.DAY), () -> w.afterSales.notArrived(o));
            return;
        }
        boolean abroad = o.buyer.region != s.region;
        double days = o.emptyParcel ? rng.uniform(1, 3) : rng.lognormal(abroad ? 7 : 2.5, 0.4);
        w.clock.after((long) (days * Time.DAY), () -> deliver(o));
    }

    private void deliver(Order o) {
        o.delivered = true;
        w.orders.delivered(o);
        Link link = o.link;
        if (link != null) {
            w.clock.after(rng.range(7 * Time.DAY, 10 * Time.DAY), () -> settle(o, link));
        }
        w.afterSales.delivered(o);
    }

    private void settle(Order o, Link link) {
        if (o.claimed || link.creator().banned) {
            return;
        }
        o.settled = true;
        w.money.settled(o, link);
        w.afterSales.settled(o);
    }

    private String tracking(String carrier) {
        String code = w.ids.next(Ids.Kind.TRACKING).toUpperCase(Locale.ROOT);
        return carrier.substring(0, 2).toUpperCase(Locale.ROOT) + code + rng.between(100, 999);
    }
}
