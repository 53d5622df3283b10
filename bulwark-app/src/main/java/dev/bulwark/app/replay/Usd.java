package dev.bulwark.app.replay;

import java.util.Map;

/**
 * Converts the simulator's money to US dollars so value can be added across regions: its fixed exchange rates
 * ({@code Region} in bulwark-sim) and its coin price ({@code Gifting.PACKS}).
 */
final class Usd {
    /** Local units per US dollar, as the simulator prices goods. */
    static final Map<String, Double> PER_USD = Map.of("USD", 1.0, "GBP", 0.79, "EUR", 0.92, "BRL", 5.0, "IDR", 15_800.0);
    /** What a viewer pays per coin: the 3,500-coin pack costs US$49.99 (the 7,000 and 17,500 packs are within 0.1%). */
    static final double PER_COIN = 49.99 / 3_500;

    private Usd() {
    }

    /** {@code amount} of {@code currency} in US dollars; a currency the simulator does not use is taken at face value. */
    static double of(double amount, String currency) {
        return amount / PER_USD.getOrDefault(currency, 1.0);
    }
}
