package dev.bulwark.engine;

import dev.bulwark.core.event.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Event fixtures for engine tests. */
public final class Events {
    /** The time fixtures start at. */
    public static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final AtomicLong IDS = new AtomicLong();

    private Events() {
    }

    /** An event of any type with the given data, {@code seconds} after {@link #T0}. */
    public static Event event(String type, long seconds, Object... keyValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Event("ev-" + IDS.incrementAndGet(), type, "test", T0.plusSeconds(seconds), data);
    }

    /** An order by {@code buyer} on {@code device} for {@code amount}. */
    public static Event order(long seconds, String buyer, String device, double amount) {
        return event("order.placed", seconds, "order_id", "o-" + IDS.incrementAndGet(), "buyer_id", buyer,
                "seller_id", "s-1", "amount", amount, "currency", "USD", "device_id", device);
    }

    /** A payment authorisation with card {@code card} on {@code device}. */
    public static Event payment(long seconds, String buyer, String device, String card, double amount) {
        return event("payment.authorized", seconds, "buyer_id", buyer, "payment_instrument_id", card,
                "amount", amount, "currency", "USD", "device_id", device);
    }
}
