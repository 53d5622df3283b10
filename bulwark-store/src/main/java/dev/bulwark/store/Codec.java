package dev.bulwark.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Decision;
import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.event.Event;
import dev.bulwark.core.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Bodies and times as the tables hold them. Bodies are the shared JSON of the core records (written by
 * {@link dev.bulwark.core.port.JournalEntry}); JSON integers read back as {@code Long} (never {@code Integer}) so
 * event data and decision features compare equal to what the engine wrote. Times are epoch nanoseconds, exact from 1677-09-21 to 2262-04-11 and saturated outside.
 */
final class Codec {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final ObjectReader MAP_READER = reader().forType(MAP);
    private static final ObjectReader DECISION = reader().forType(Decision.class);
    private static final ObjectReader ALERT = reader().forType(Alert.class);
    private static final ObjectReader ENFORCEMENT = reader().forType(Enforcement.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Codec() {
    }

    static String write(Object value) {
        return Json.write(value);
    }

    @SuppressWarnings("unchecked")
    static Event event(String body) {
        Map<String, Object> map = read(MAP_READER, body);
        Object data = map.getOrDefault("data", Map.of());
        return new Event(text(map, "id"), text(map, "type"), text(map, "source"), Instant.parse(text(map, "time")),
                data instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    static Decision decision(String body) {
        return read(DECISION, body);
    }

    static Alert alert(String body) {
        return read(ALERT, body);
    }

    static Enforcement enforcement(String body) {
        return read(ENFORCEMENT, body);
    }

    /** Epoch nanoseconds, saturated to the range a {@code long} holds. */
    static long nanos(Instant time) {
        try {
            return Math.addExact(Math.multiplyExact(time.getEpochSecond(), NANOS_PER_SECOND), time.getNano());
        } catch (ArithmeticException e) {
            return time.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(0, nanos);
    }

    private static ObjectReader reader() {
        return Json.reader();
    }

    private static <T> T read(ObjectReader reader, String body) {
        try {
            return reader.readValue(body);
        } catch (IOException e) {
            throw new StoreException("unreadable stored body: " + e.getMessage(), e);
        }
    }

    private static String text(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new StoreException("stored event lacks '" + key + "'");
    }
}
