package dev.bulwark.app.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic stream of orders, payments and logins over a few buyers and devices, dense enough that the
 * default pack's velocity, card-testing and shared-entity rules fire, so decisions carry state worth recovering.
 */
public final class TrafficFixture {
    /** Where event time starts. */
    public static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private TrafficFixture() {
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the stream, as JSON, with ids prefixed {@code run}. */
    public static List<String> events(String run, int from, int to) {
        List<String> events = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Instant time = START.plusSeconds(i * 20L);
            String buyer = "b-" + (i % 7);
            String device = "d-" + (i % 5);
            String card = "pi-" + (i % 11);
            String json = switch (i % 3) {
                case 0 -> event(run, i, "order.placed", time, "\"order_id\":\"o-" + i + "\",\"buyer_id\":\"" + buyer
                        + "\",\"seller_id\":\"s-" + (i % 3) + "\",\"amount\":" + (10 + i % 40) + ".5,\"currency\":\"USD\","
                        + "\"payment_instrument_id\":\"" + card + "\",\"shipping_address_id\":\"ad-" + (i % 4)
                        + "\",\"device_id\":\"" + device + "\"");
                case 1 -> event(run, i, "payment.authorized", time, "\"buyer_id\":\"" + buyer + "\",\"payment_instrument_id\":\""
                        + card + "\",\"amount\":" + (1 + i % 3) + ".0,\"currency\":\"USD\",\"device_id\":\"" + device + "\"");
                default -> event(run, i, "account.login", time, "\"account_id\":\"" + buyer + "\",\"account_type\":\"buyer\","
                        + "\"success\":" + (i % 4 != 0) + ",\"device_id\":\"" + device + "\",\"ip\":\"203.0.113." + (i % 6) + "\"");
            };
            events.add(json);
        }
        return events;
    }

    private static String event(String run, int i, String type, Instant time, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + run + "-" + i + "\",\"source\":\"test\",\"type\":\"" + type
                + "\",\"time\":\"" + time + "\",\"data\":{" + data + "}}";
    }
}
