package dev.bulwark.server;

import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test events as JSON-ready maps and strings, all timed just before {@link #NOW}. */
public final class Events {
    /** The wall-clock time every test server runs at. */
    public static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    /** A clock stopped at {@link #NOW}. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Events() {
    }

    /** An {@code order.placed} envelope with the catalogue example's data plus {@code extra}. */
    public static Map<String, Object> order(String id, Map<String, Object> extra) {
        return envelope(id, "order.placed", extra);
    }

    /** An {@code account.registered} for a buyer with the given email and IP, decided with {@code outcome}. */
    public static Map<String, Object> registration(String id, String email, String ip, String outcome) {
        return envelope(id, "account.registered", Map.of("email", email, "ip", ip, "force_outcome", outcome));
    }

    /** An envelope of any catalogue type with its example data plus {@code extra}. */
    public static Map<String, Object> envelope(String id, String type, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>(EventCatalog.find(type).orElseThrow().example());
        data.putAll(extra);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/test");
        event.put("type", type);
        event.put("time", "2026-01-15T11:59:00Z");
        event.put("data", data);
        return event;
    }

    /** A valid order as a JSON string. */
    public static String orderJson(String id) {
        return json(order(id, Map.of()));
    }

    /** Any value as JSON. */
    public static String json(Object value) {
        return Json.write(value);
    }
}
