package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.sim.truth.Taint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A seller with listings, a payout account and a balance awaiting settlement. */
public final class Seller extends Account {
    /** How a seller ships. */
    public enum Shipping {
        /** Real parcels that get delivered. */
        NORMAL,
        /** Tracking numbers for parcels that never arrive (non-delivery scams). */
        FAKE
    }

    /** Active listings. */
    public final List<Listing> listings = new ArrayList<>();
    /** Main category. */
    public Category category;
    /** Where payouts go. */
    public Entity payout;
    /** Money awaiting payout, minor units of the region's currency. */
    public long balance;
    /** Relative share of buyer attention. */
    public double popularity;
    /** Index in the region's seller picker, or -1. */
    public int pick = -1;
    /** When the last payout was requested. */
    public long lastPayout;
    /** Median hours between payment and shipment. */
    public double handlingHours;
    /** Identity document hash submitted at KYC. */
    public String documentHash = "";
    /** How this seller ships. */
    public Shipping shipping = Shipping.NORMAL;
    /** A scheme every order this seller receives is part of (non-delivery scams), if any. */
    public @Nullable Taint scheme;
    /** Whether onboarding finished. */
    public boolean onboarded;

    /** A seller. */
    public Seller(String id, Region region, long createdAt, Entity email, Entity device, Entity homeIp, Category category,
                  Entity payout) {
        super(EntityType.SELLER, id, region, createdAt, email, device, homeIp);
        this.category = category;
        this.payout = payout;
    }
}
