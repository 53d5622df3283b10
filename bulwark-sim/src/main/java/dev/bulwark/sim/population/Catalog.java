package dev.bulwark.sim.population;

import dev.bulwark.sim.engine.Ids;
import dev.bulwark.sim.engine.Rng;
import java.util.List;

/** Makes product listings with prices, weights and titles typical of their category. */
public final class Catalog {
    private static final List<String> ADJECTIVES = List.of("Classic", "Premium", "Mini", "Pro", "Eco", "Deluxe", "Slim",
            "Original", "New", "Limited", "Basic", "Ultra", "Vintage", "Smart", "Soft");
    private final Rng rng;
    private final Ids ids;

    /** A catalogue drawing on {@code rng} and {@code ids}. */
    public Catalog(Rng rng, Ids ids) {
        this.rng = rng;
        this.ids = ids;
    }

    /** A random category, weighted by demand. */
    public Category category() {
        return Category.values()[rng.weighted(Category.demands())];
    }

    /** A new listing by {@code seller} in {@code category}, its price multiplied by {@code priceFactor}. */
    public Listing listing(Seller seller, Category category, double priceFactor) {
        double usd = rng.lognormal(category.medianUsd(), category.sigma());
        usd = Math.max(category.minUsd(), Math.min(category.maxUsd(), usd)) * priceFactor;
        long price = seller.region.price(Math.max(0.5, usd));
        int grams = (int) Math.round(rng.uniform(category.minGrams(), category.maxGrams()) * rng.uniform(0.7, 1.0));
        String title = rng.pick(ADJECTIVES) + " " + rng.pick(category.products());
        return new Listing(ids.next(Ids.Kind.LISTING), seller, category, price, Math.max(5, grams), title);
    }

    /** A new listing in the seller's main category most of the time. */
    public Listing listing(Seller seller) {
        Category c = rng.chance(0.8) ? seller.category : category();
        return listing(seller, c, 1.0);
    }
}
