package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.sim.truth.Tag;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/** An order in flight, with who did what and what each party's actions count as in the ground truth. */
public final class Order extends Entity {
    /** The buyer. */
    public final Buyer buyer;
    /** The listing bought. */
    public final Listing listing;
    /** Units. */
    public final int quantity;
    /** Amount charged, minor units of the seller's currency. */
    public final long amount;
    /** Payment instrument. */
    public Card card;
    /** Shipping address. */
    public final Entity address;
    /** Where the buyer ordered from. */
    public final Session session;
    /** The affiliate link the buyer came through, if any. */
    public @Nullable Link link;
    /** Promotion code, empty when none. */
    public String promo = "";
    /** Discount granted, minor units. */
    public long discount;
    /** The scheme this order belongs to on the buyer's side, if any. */
    public @Nullable Taint buyerScheme;
    /** The scheme this order belongs to on the seller's side (brushing, scams), if any. */
    public @Nullable Taint sellerScheme;
    /** The scheme this order belongs to on the creator's side, if any. */
    public @Nullable Taint creatorScheme;
    /** What the buyer will do after delivery. */
    public AfterSale afterSale = AfterSale.NONE;
    /** The scheme a buyer's claim belongs to, if the claim is abuse. */
    public @Nullable Taint claimScheme;
    /** Delay from delivery (or payment, if never delivered) to a chargeback; zero for none. */
    public long chargebackAfter;
    /** Network reason code for the chargeback. */
    public String chargebackReason = "";
    /** The fraud behind the chargeback, null for a good customer's genuine dispute. */
    public @Nullable Taint chargebackFraud;
    /** Identifier of the order.placed event. */
    public String placedEventId = "";
    /** Declared parcel weight when shipped. */
    public int shippedGrams;
    /** Commission owed to the creator, minor units. */
    public long commission;
    /** Lifecycle flags. */
    public boolean paid, shipped, delivered, claimed, settled;
    /** Whether the seller ships an empty parcel (brushing). */
    public boolean emptyParcel;

    /** An order. */
    public Order(String id, Buyer buyer, Listing listing, int quantity, long amount, Card card, Entity address, Session session) {
        super(EntityType.ORDER, id);
        this.buyer = buyer;
        this.listing = listing;
        this.quantity = quantity;
        this.amount = amount;
        this.card = card;
        this.address = address;
        this.session = session;
    }

    /** The seller. */
    public Seller seller() {
        return listing.seller;
    }

    /** The tag for the buyer's actions on this order. */
    public Tag buyerTag() {
        return Tag.of(buyer.taint(), buyerScheme);
    }

    /** The tag for the seller's actions on this order. */
    public Tag sellerTag() {
        return Tag.of(seller().taint(), sellerScheme);
    }

    /** The tag for the creator's actions on this order. */
    public Tag creatorTag(Creator creator) {
        return Tag.of(creator.taint(), creatorScheme);
    }
}
