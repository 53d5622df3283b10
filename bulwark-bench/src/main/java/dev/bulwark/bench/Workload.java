package dev.bulwark.bench;

import dev.bulwark.core.event.Event;
import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.config.BundleLoader;
import dev.bulwark.engine.config.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic order stream over a realistic population: buyers mostly reuse their own few devices, cards and
 * addresses, IPs are shared more widely, sellers are few. Deterministic from its seed.
 */
public final class Workload {
    /** Where event time starts. */
    public static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    private final Map<String, Object>[] data;

    /** {@code size} order payloads over {@code buyers} buyers. */
    @SuppressWarnings("unchecked")
    public Workload(int size, int buyers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        data = new Map[size];
        for (int i = 0; i < size; i++) {
            int buyer = random.nextInt(buyers);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("order_id", "o-" + i);
            d.put("buyer_id", "b-" + buyer);
            d.put("seller_id", "s-" + random.nextInt(Math.max(1, buyers / 50)));
            d.put("amount", Math.round(random.nextDouble(1, 400) * 100) / 100.0);
            d.put("currency", "USD");
            d.put("payment_instrument_id", "pi-" + (buyer * 2 + random.nextInt(2)));
            d.put("shipping_address_id", "ad-" + (buyer + random.nextInt(2)));
            d.put("device_id", "d-" + (buyer * 3 + random.nextInt(3)) / 2);
            d.put("ip", "ip-" + random.nextInt(Math.max(1, buyers / 3)));
            data[i] = d;
        }
    }

    /** The {@code i}-th event: payloads repeat, event time keeps moving forward 10 ms per event. */
    public Event event(long i) {
        return new Event("e-" + i, "order.placed", "bench", T0.plusMillis(i * 10), data[(int) (i % data.length)]);
    }

    /** How many distinct payloads the workload cycles through. */
    public int size() {
        return data.length;
    }

    /** Loads a strategy pack from the class path. */
    public static Bundle bundle(String resource) {
        try (InputStream in = Workload.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return switch (BundleLoader.load(Map.of(resource, text))) {
                case LoadResult.Loaded loaded -> loaded.bundle();
                case LoadResult.Rejected rejected -> throw new IllegalStateException(rejected.problems().toString());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
