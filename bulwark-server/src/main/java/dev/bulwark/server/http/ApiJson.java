package dev.bulwark.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.bulwark.core.decision.Alert;
import dev.bulwark.core.decision.Capability;
import dev.bulwark.core.decision.EnforcementAction;
import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.decision.Severity;
import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EntityType;
import dev.bulwark.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The JSON the API writes: the shared mapper's conventions (snake_case, ISO-8601 times) plus the lower-case
 * names the core defines for its enums ({@code "review"}, not {@code "REVIEW"}) and entities as {@code type:id}.
 */
public final class ApiJson {
    private static final ObjectMapper MAPPER = create();

    private ApiJson() {
    }

    /** The API's output mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serialises a value to UTF-8 JSON. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("bulwark-api");
        keyed(module, Outcome.class, Outcome::key);
        keyed(module, Severity.class, Severity::key);
        keyed(module, EnforcementAction.class, EnforcementAction::key);
        keyed(module, Capability.class, Capability::key);
        keyed(module, EntityType.class, EntityType::key);
        keyed(module, Alert.Status.class, s -> s.name().toLowerCase(Locale.ROOT));
        keyed(module, EntityRef.class, EntityRef::toString);
        return Json.mapper().copy().registerModule(module);
    }

    private static <T> void keyed(SimpleModule module, Class<T> type, Function<T, String> key) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(key.apply(value));
            }
        });
    }
}
