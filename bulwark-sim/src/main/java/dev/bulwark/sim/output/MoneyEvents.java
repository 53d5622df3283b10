package dev.bulwark.sim.output;

import dev.bulwark.sim.population.Buyer;
import dev.bulwark.sim.population.Card;
import dev.bulwark.sim.population.Creator;
import dev.bulwark.sim.population.Entity;
import dev.bulwark.sim.population.Link;
import dev.bulwark.sim.population.Order;
import dev.bulwark.sim.population.Region;
import dev.bulwark.sim.population.Seller;
import dev.bulwark.sim.population.Session;
import dev.bulwark.sim.truth.Tag;
import org.jspecify.annotations.Nullable;

/** Emits payout, affiliate, live-gifting and label events. */
public final class MoneyEvents {
    private final Emitter out;

    /** Money events written through {@code out}. */
    public MoneyEvents(Emitter out) {
        this.out = out;
    }

    /** {@code payout.requested}. */
    public String payout(Seller s, long amount, Session session, Tag tag) {
        return out.begin("payout.requested", tag, s).ent("seller_id", s).ent("payout_account_id", s.payout)
                .money("amount", amount, s.region).str("currency", s.region.currency())
                .ent("device_id", session.device()).ent("ip", session.ip()).emit();
    }

    /** {@code affiliate.link_created}. */
    public String linkCreated(Link link, Tag tag) {
        return out.begin("affiliate.link_created", tag, link.creator()).ent("creator_id", link.creator())
                .str("link_id", link.id()).ent("listing_id", link.listing()).ent("seller_id", link.listing().seller).emit();
    }

    /** {@code affiliate.order_attributed}. */
    public String attributed(Order o, Link link) {
        Region r = o.seller().region;
        return out.begin("affiliate.order_attributed", o.creatorTag(link.creator()), link.creator())
                .ent("creator_id", link.creator()).ent("order_id", o).ent("buyer_id", o.buyer).ent("seller_id", o.seller())
                .str("link_id", link.id()).money("commission_amount", o.commission, r).money("order_amount", o.amount, r)
                .str("currency", r.currency()).emit();
    }

    /** {@code affiliate.commission_settled}. */
    public String settled(Order o, Link link) {
        Region r = o.seller().region;
        Creator c = link.creator();
        return out.begin("affiliate.commission_settled", o.creatorTag(c), c).ent("creator_id", c).ent("order_id", o)
                .money("commission_amount", o.commission, r).str("currency", r.currency())
                .ent("payout_account_id", c.payout).emit();
    }

    /** {@code live.coins_recharged}. */
    public String recharged(Buyer b, long coins, long amount, Card card, Session s, Tag tag) {
        return out.begin("live.coins_recharged", tag, b).ent("buyer_id", b).integer("coins", coins)
                .money("amount", amount, b.region).str("currency", b.region.currency()).ent("payment_instrument_id", card)
                .ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code live.gift_sent}. */
    public String gift(Buyer b, Creator host, long coins, String giftId, Session s, Tag tag) {
        return out.begin("live.gift_sent", tag, b).ent("buyer_id", b).ent("host_id", host).str("stream_id", host.streamId)
                .integer("coins", coins).str("gift_id", giftId).ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** {@code host.cashout_requested}. */
    public String cashout(Creator host, Entity payout, long coins, long amount, Session s, Tag tag) {
        return out.begin("host.cashout_requested", tag, host).ent("host_id", host).ent("payout_account_id", payout)
                .integer("coins", coins).money("amount", amount, host.region).str("currency", host.region.currency())
                .ent("device_id", s.device()).ent("ip", s.ip()).emit();
    }

    /** A {@code label} event; {@code actorRef} is the labelled entity, or the labelled event's actor. */
    public String label(String verdict, @Nullable String typology, @Nullable String eventId, @Nullable Entity entity,
                        String source, @Nullable String ringId, Tag tag, String actorRef) {
        return out.begin("label", tag, actorRef).str("label", verdict).str("typology", typology).str("event_id", eventId)
                .str("entity_type", entity == null ? null : entity.type.key()).str("entity_id", entity == null ? null : entity.id)
                .str("source", source).str("ring_id", ringId).emit();
    }
}
