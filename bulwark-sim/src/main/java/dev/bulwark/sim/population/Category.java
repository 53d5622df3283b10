package dev.bulwark.sim.population;

import java.util.List;
import java.util.Locale;

/** A product category: typical price in US dollars, parcel weight, share of demand and product names. */
public enum Category {
    ELECTRONICS(60, 0.8, 8, 1200, 250, 2500, 0.10, true, List.of("Wireless earbuds", "Bluetooth speaker", "Smartwatch", "Tablet", "Gaming headset", "Action camera")),
    PHONES(180, 0.6, 40, 1500, 180, 600, 0.05, true, List.of("Smartphone 128GB", "Smartphone 256GB", "Foldable phone", "Refurbished phone")),
    GIFT_CARDS(25, 0.5, 5, 200, 10, 40, 0.03, true, List.of("Gift card", "Game top-up card", "Store voucher")),
    FASHION(25, 0.7, 4, 400, 150, 1400, 0.22, false, List.of("Cotton T-shirt", "Denim jacket", "Running sneakers", "Summer dress", "Hoodie", "Leather belt")),
    BEAUTY(15, 0.6, 2, 150, 40, 600, 0.17, false, List.of("Lipstick set", "Face serum", "Sunscreen SPF50", "Perfume 50ml", "Hair mask", "Eyeshadow palette")),
    HOME(30, 0.8, 3, 600, 300, 9000, 0.14, false, List.of("Air fryer", "Bedsheet set", "LED desk lamp", "Storage boxes", "Cookware set", "Throw pillow")),
    TOYS(18, 0.7, 3, 250, 150, 2500, 0.08, false, List.of("Building blocks", "Plush toy", "RC car", "Puzzle 1000pcs", "Doll house")),
    SPORTS(28, 0.8, 4, 500, 200, 6000, 0.07, false, List.of("Yoga mat", "Dumbbell pair", "Football", "Cycling gloves", "Water bottle")),
    BOOKS(12, 0.4, 3, 60, 200, 1200, 0.06, false, List.of("Paperback novel", "Cookbook", "Comic volume", "Study guide")),
    ACCESSORIES(12, 0.7, 2, 300, 20, 400, 0.08, false, List.of("Phone case", "USB-C cable", "Screen protector", "Keychain", "Sunglasses", "Wallet"));

    private final double medianUsd;
    private final double sigma;
    private final double minUsd;
    private final double maxUsd;
    private final int minGrams;
    private final int maxGrams;
    private final double demand;
    private final boolean resellable;
    private final List<String> products;

    Category(double medianUsd, double sigma, double minUsd, double maxUsd, int minGrams, int maxGrams, double demand,
             boolean resellable, List<String> products) {
        this.medianUsd = medianUsd;
        this.sigma = sigma;
        this.minUsd = minUsd;
        this.maxUsd = maxUsd;
        this.minGrams = minGrams;
        this.maxGrams = maxGrams;
        this.demand = demand;
        this.resellable = resellable;
        this.products = products;
    }

    /** The key used in events, e.g. {@code gift_cards}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Median unit price in US dollars. */
    public double medianUsd() {
        return medianUsd;
    }

    /** Spread of the log-normal price. */
    public double sigma() {
        return sigma;
    }

    /** Lowest unit price in US dollars. */
    public double minUsd() {
        return minUsd;
    }

    /** Highest unit price in US dollars. */
    public double maxUsd() {
        return maxUsd;
    }

    /** Lightest parcel, grams. */
    public int minGrams() {
        return minGrams;
    }

    /** Heaviest parcel, grams. */
    public int maxGrams() {
        return maxGrams;
    }

    /** Share of buyer demand. */
    public double demand() {
        return demand;
    }

    /** Whether goods resell easily, which is what fraud with stolen money buys. */
    public boolean resellable() {
        return resellable;
    }

    /** Product names for titles. */
    public List<String> products() {
        return products;
    }

    /** Demand shares of all categories, in declaration order. */
    public static double[] demands() {
        Category[] all = values();
        double[] d = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            d[i] = all[i].demand;
        }
        return d;
    }
}
