package dev.bulwark.sim;

import java.util.EnumMap;
import java.util.Map;

/** How many campaigns of each typology start per simulated day at scale 1; the population scale multiplies them. */
public record FraudRates(Map<Typology, Double> perDay) {
    public FraudRates {
        EnumMap<Typology, Double> copy = new EnumMap<>(Typology.class);
        for (Typology t : Typology.values()) {
            double rate = perDay.getOrDefault(t, 0.0);
            if (rate < 0 || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("rate for " + t.key() + " must be a finite non-negative number");
            }
            copy.put(t, rate);
        }
        perDay = Map.copyOf(copy);
    }

    /** The default rates, listed in {@code docs/simulator.md}. */
    public static FraudRates defaults() {
        EnumMap<Typology, Double> map = new EnumMap<>(Typology.class);
        for (Typology t : Typology.values()) {
            map.put(t, t.defaultPerDay());
        }
        return new FraudRates(map);
    }

    /** No fraud at all: a clean marketplace. */
    public static FraudRates none() {
        return new FraudRates(Map.of());
    }

    /** The rate of one typology in campaigns per day at scale 1. */
    public double of(Typology typology) {
        return perDay.get(typology);
    }

    /** These rates with one typology changed. */
    public FraudRates with(Typology typology, double campaignsPerDay) {
        EnumMap<Typology, Double> map = new EnumMap<>(perDay);
        map.put(typology, campaignsPerDay);
        return new FraudRates(map);
    }

    /** Every rate multiplied by {@code factor}. */
    public FraudRates times(double factor) {
        EnumMap<Typology, Double> map = new EnumMap<>(Typology.class);
        perDay.forEach((t, r) -> map.put(t, r * factor));
        return new FraudRates(map);
    }
}
