package dev.bulwark.app.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bulwark.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which stored events an export keeps: of the given types (all when empty), with an event time from {@code since}
 * (inclusive) to {@code until} (exclusive). Reads only the envelope's top-level {@code type} and {@code time} from
 * the stored JSON, skipping {@code data} unparsed.
 */
record EventFilter(Set<String> types, Optional<Instant> since, Optional<Instant> until) {
    EventFilter {
        types = Set.copyOf(types);
        if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
            throw new IllegalArgumentException("--since must be before --until");
        }
    }

    boolean keepsAll() {
        return types.isEmpty() && since.isEmpty() && until.isEmpty();
    }

    /** Whether the stored event {@code json} passes. */
    boolean test(byte[] json) {
        if (keepsAll()) {
            return true;
        }
        String type = null;
        String time = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored event is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME && (type == null || time == null)) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if (name.equals("time") && value == JsonToken.VALUE_STRING) {
                    time = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event could not be read: " + e.getMessage(), e);
        }
        if (!types.isEmpty() && (type == null || !types.contains(type))) {
            return false;
        }
        if (since.isEmpty() && until.isEmpty()) {
            return true;
        }
        if (time == null) {
            return false;
        }
        Instant at = Instant.parse(time);
        return since.map(s -> !at.isBefore(s)).orElse(true) && until.map(at::isBefore).orElse(true);
    }
}
