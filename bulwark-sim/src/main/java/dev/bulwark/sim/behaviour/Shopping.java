package dev.bulwark.sim.behaviour;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import dev.bulwark.sim.engine.Time;
import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Taint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Placing orders and paying for them, with declines and retries on another card. */
public final class Shopping {
    /** Chance a good card authorisation is declined. */
    static final double GOOD_DECLINE = 0.03;
    private static final String[] GOOD_CODES = {"insufficient_funds", "insufficient_funds", "insufficient_funds",
        "do_not_honor", "do_not_honor", "expired_card", "incorrect_cvc", "processing_error"};
    private static final String[] DEAD_CODES = {"stolen_card", "lost_card", "do_not_honor", "do_not_honor",
        "pickup_card", "incorrect_number", "invalid_account", "incorrect_cvc"};
    private final World w;
    private final Rng rng;

    Shopping(World w) {
        this.w = w;
        this.rng = w.rng;
    }

    /** A new order (not yet placed) for {@code quantity} of {@code listing}, optionally through an affiliate link. */
    public Order order(Buyer b, Session s, Listing listing, int quantity, Card card, Entity address, @Nullable Link link) {
        Order o = new Order(w.ids.next(Ids.Kind.ORDER), b, listing, quantity, listing.price * quantity, card, address, s);
        if (o.seller().scheme != null) {
            o.sellerScheme = o.seller().scheme;
        }
        if (link != null) {
            o.link = link;
            o.commission = Math.round(o.amount * commissionRate(listing));
        }
        return o;
    }

    /** Applies a promotion: {@code rate} off, capped at the local equivalent of twenty dollars. */
    public Order discount(Order o, String code, double rate) {
        long cap = Verdicts.local(o.seller().region, 20);
        o.promo = code;
        o.discount = Math.min(cap, Math.round(o.amount * rate));
        return o;
    }

    /**
     * Places the order now and pays a few seconds later; a declined payment is retried once on each of
     * {@code fallbacks} in turn, a minute or two apart. An authorised order goes to fulfilment.
     */
    public void place(Order o, double declineRate, List<Card> fallbacks) {
        Taint scheme = firstNonNull(o.buyerScheme, o.sellerScheme, o.creatorScheme, o.claimScheme, o.chargebackFraud);
        if (scheme != null) {
            o.taint(scheme);
        }
        o.placedEventId = w.orders.placed(o);
        w.clock.after(rng.range(2 * Time.SECOND, 12 * Time.SECOND), () -> pay(o, declineRate, fallbacks, 0));
    }

    /** A decline code for a card that is dead or merely unlucky. */
    public String declineCode(Card card) {
        return card.dead ? rng.pick(DEAD_CODES) : rng.pick(GOOD_CODES);
    }

    private void pay(Order o, double declineRate, List<Card> fallbacks, int attempt) {
        boolean ok = !o.card.dead && !rng.chance(declineRate);
        w.orders.payment(o, ok, ok ? "" : declineCode(o.card));
        if (ok) {
            paid(o);
        } else if (attempt < fallbacks.size()) {
            w.clock.after(rng.range(40 * Time.SECOND, 4 * Time.MINUTE), () -> {
                o.card = fallbacks.get(attempt);
                pay(o, declineRate, fallbacks, attempt + 1);
            });
        }
    }

    private void paid(Order o) {
        o.paid = true;
        o.buyer.orders++;
        Link link = o.link;
        if (link != null) {
            w.clock.after(rng.range(30 * Time.SECOND, 10 * Time.MINUTE), () -> w.money.attributed(o, link));
        }
        if (o.chargebackAfter > 0) {
            w.verdicts.chargeback(o, o.chargebackAfter);
        }
        w.fulfilment.paid(o);
    }

    private static @Nullable Taint firstNonNull(@Nullable Taint... taints) {
        for (Taint t : taints) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private double commissionRate(Listing l) {
        return switch (l.category) {
            case PHONES, ELECTRONICS, GIFT_CARDS -> rng.uniform(0.02, 0.06);
            case BEAUTY, FASHION, ACCESSORIES -> rng.uniform(0.08, 0.15);
            default -> rng.uniform(0.05, 0.10);
        };
    }
}
