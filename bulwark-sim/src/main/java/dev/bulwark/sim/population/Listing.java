package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;

/** A product listing: its seller, category, unit price and shipping weight. */
public final class Listing extends Entity {
    /** The seller. */
    public final Seller seller;
    /** The category. */
    public final Category category;
    /** Unit price in minor units of the seller's currency. */
    public final long price;
    /** Shipping weight of one unit, grams. */
    public final int weightGrams;
    /** Title shown to buyers. */
    public final String title;

    /** A listing. */
    public Listing(String id, Seller seller, Category category, long price, int weightGrams, String title) {
        super(EntityType.LISTING, id);
        this.seller = seller;
        this.category = category;
        this.price = price;
        this.weightGrams = weightGrams;
        this.title = title;
    }
}
