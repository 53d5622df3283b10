package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.AfterSale;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;

/** Returns, refunds and not-received claims, honest or abusive, and what they do to the seller's balance. */
public final class AfterSales {
    private final World w;
    private final Rng rng;

    AfterSales(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** Decides what a good customer will do about an order: mostly keep it, sometimes return it or dispute it. */
    public void planGood(Order o) {
        double u = rng.u();
        if (u < 0.030) {
            o.afterSale = AfterSale.RETURN;
        } else if (u < 0.045) {
            o.afterSale = AfterSale.REFUND;
        } else if (u < 0.0475) {
            o.afterSale = AfterSale.CLAIM_NOT_RECEIVED;
        }
        if (rng.chance(0.001)) {
            o.chargebackAfter = rng.range(15 * Time.DAY, 45 * Time.DAY);
            o.chargebackReason = rng.pick("13.1", "13.3", "4853");
        }
    }

    /** The carrier delivered: act on the plan a few days later. */
    void delivered(Order o) {
        switch (o.afterSale) {
            case RETURN -> later(o, 1, 10, () -> returned(o, rng.pick("damaged", "not_as_described", "changed_mind",
                    "changed_mind", "wrong_item"), honestWeight(o)));
            case REFUND -> later(o, 1, 8, () -> refund(o, rng.pick("damaged", "damaged", "not_as_described", "other")));
            case CLAIM_NOT_RECEIVED -> later(o, 1, 5, () -> refund(o, "not_received"));
            case EMPTY_BOX_RETURN -> later(o, 1, 7, () -> returned(o, rng.pick("damaged", "not_as_described", "wrong_item",
                    "changed_mind"), rng.between(20, 160)));
            default -> { }
        }
    }

    /** The commission on the order settled: a return planned for after settlement happens now. */
    void settled(Order o) {
        if (o.afterSale == AfterSale.RETURN_AFTER_SETTLEMENT) {
            later(o, 1, 6, () -> {
                if (rng.chance(0.6)) {
                    returned(o, rng.pick("changed_mind", "not_as_described"), honestWeight(o));
                } else {
                    refund(o, rng.pick("not_as_described", "other"));
                }
            });
        }
    }

    /** The order never arrived: an honest buyer asks for a refund, a fraudster with the goods does not care. */
    void notArrived(Order o) {
        if (!o.claimed && o.buyerScheme == null && !o.buyer.banned) {
            refund(o, "not_received");
        }
    }

    private void later(Order o, int minDays, int maxDays, Runnable claim) {
        w.clock.after(rng.range(minDays * Time.DAY, maxDays * Time.DAY), () -> {
            if (!o.claimed && !o.buyer.banned) {
                claim.run();
            }
        });
    }

    private void refund(Order o, String reason) {
        claimed(o);
        w.orders.refundRequested(o, reason, session(o), tag(o));
    }

    private void returned(Order o, String reason, int grams) {
        claimed(o);
        w.orders.returnRequested(o, reason, Math.max(5, grams), session(o), tag(o));
    }

    private int honestWeight(Order o) {
        double part = o.quantity > 1 && rng.chance(0.4) ? 1.0 / o.quantity : 1.0;
        return (int) Math.round(o.shippedGrams * part * rng.uniform(0.85, 1.05));
    }

    private void claimed(Order o) {
        o.claimed = true;
        o.buyer.claims++;
        o.seller().balance -= o.amount;
    }

    private Session session(Order o) {
        return rng.chance(0.5) ? o.session : w.habits.session(o.buyer);
    }

    private Tag tag(Order o) {
        return Tag.of(o.buyer.taint(), o.claimScheme);
    }
}
