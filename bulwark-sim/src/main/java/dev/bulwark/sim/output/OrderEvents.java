package dev.bulwark.sim.output;

import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Listing;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;

/** Emits listing, order, payment, shipping, after-sales and chargeback events. */
public final class OrderEvents {
    private final Emitter out;

    /** Order events written through {@code out}. */
    public OrderEvents(Emitter out) {
        this.out = out;
    }

    /** {@code listing.created}. */
    public String listingCreated(Listing l, Tag tag) {
        Region r = l.seller.region;
        return out.begin("listing.created", tag, l.seller).ent("listing_id", l).ent("seller_id", l.seller)
                .str("category", l.category.key()).money("price", l.price, r).str("currency", r.currency())
                .str("title", l.title).emit();
    }

    /** {@code order.placed}. */
    public String placed(Order o) {
        Region r = o.seller().region;
        Emitter e = out.begin("order.placed", o.buyerTag(), o.buyer).ent("order_id", o).ent("buyer_id", o.buyer)
                .ent("seller_id", o.seller()).ent("listing_id", o.listing).money("amount", o.amount, r)
                .str("currency", r.currency()).integer("quantity", o.quantity).ent("payment_instrument_id", o.card)
                .ent("shipping_address_id", o.address);
        if (o.link != null) {
            e.ent("creator_id", o.link.creator());
        }
        if (!o.promo.isEmpty()) {
            e.str("promo_code", o.promo).money("discount_amount", o.discount, r);
        }
        return e.ent("device_id", o.session.device()).ent("ip", o.session.ip()).str("region", o.buyer.region.name()).emit();
    }

    /** {@code payment.authorized} or {@code payment.failed} for an order. */
    public String payment(Order o, boolean ok, String declineCode) {
        Region r = o.seller().region;
        Emitter e = out.begin(ok ? "payment.authorized" : "payment.failed", o.buyerTag(), o.buyer).ent("order_id", o)
                .ent("buyer_id", o.buyer).ent("payment_instrument_id", o.card).money("amount", o.amount, r)
                .str("currency", r.currency());
        card(e, o.card, ok, declineCode);
        return e.str("purpose", "order").ent("device_id", o.session.device()).ent("ip", o.session.ip()).emit();
    }

    /** {@code payment.authorized} or {@code payment.failed} for a coin purchase. */
    public String coinPayment(Buyer b, Card c, long amount, Session s, boolean ok, String declineCode, Tag tag) {
        Region r = b.region;
        Emitter e = out.begin(ok ? "payment.authorized" : "payment.failed", tag, b).ent("buyer_id", b)
                .ent("payment_instrument_id", c).money("amount", amount, r).str("currency", r.currency());
        card(e, c, ok, declineCode);
        return e.str("purpose", "coins").ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code order.shipped}. */
    public String shipped(Order o, String carrier, String tracking) {
        return out.begin("order.shipped", o.sellerTag(), o.seller()).ent("order_id", o).ent("seller_id", o.seller())
                .ent("buyer_id", o.buyer).str("carrier", carrier).str("tracking_id", tracking)
                .integer("declared_weight_grams", o.shippedGrams).emit();
    }

    /** {@code order.delivered}. */
    public String delivered(Order o) {
        return out.begin("order.delivered", o.sellerTag(), o.seller()).ent("order_id", o).ent("seller_id", o.seller())
                .ent("buyer_id", o.buyer).emit();
    }

    /** {@code refund.requested}. */
    public String refundRequested(Order o, String reason, Session s, Tag tag) {
        Region r = o.seller().region;
        return out.begin("refund.requested", tag, o.buyer).ent("order_id", o).ent("buyer_id", o.buyer)
                .ent("seller_id", o.seller()).money("amount", o.amount, r).str("currency", r.currency())
                .str("reason", reason).ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code return.requested}. */
    public String returnRequested(Order o, String reason, int grams, Session s, Tag tag) {
        Region r = o.seller().region;
        return out.begin("return.requested", tag, o.buyer).ent("order_id", o).ent("buyer_id", o.buyer)
                .ent("seller_id", o.seller()).money("amount", o.amount, r).str("currency", r.currency())
                .str("reason", reason).integer("declared_weight_grams", grams).ent("device_id", s.device())
                .ent("ip", s.ip()).emit();
    }

    /** {@code chargeback.received} for an order. */
    public String chargeback(Order o, Tag tag) {
        Region r = o.seller().region;
        return out.begin("chargeback.received", tag, o.buyer).ent("order_id", o).ent("buyer_id", o.buyer)
                .ent("payment_instrument_id", o.card).money("amount", o.amount, r).str("currency", r.currency())
                .str("reason_code", o.chargebackReason).str("purpose", "order").emit();
    }

    /** {@code chargeback.received} for a coin purchase. */
    public String coinChargeback(Buyer b, Card c, long amount, String reasonCode, Tag tag) {
        Region r = b.region;
        return out.begin("chargeback.received", tag, b).ent("buyer_id", b).ent("payment_instrument_id", c)
                .money("amount", amount, r).str("currency", r.currency()).str("reason_code", reasonCode)
                .str("purpose", "coins").emit();
    }

    private static void card(Emitter e, Card c, boolean ok, String declineCode) {
        if (ok) {
            if (!c.bin.isEmpty()) {
                e.str("card_bin", c.bin);
            }
            e.str("card_country", c.country);
        } else {
            e.str("decline_code", declineCode);
        }
    }
}
