package dev.bulwark.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The one JSON mapping of Bulwark's values, shared by the API, the store and the reports: snake_case names, ISO-8601
 * times, Optional as value-or-absent, enums as their lower-case keys ({@code "review"}, read back in any case) and
 * entities as {@code type:id}. Because the store and the API write the same JSON, a decision is serialised once and
 * those bytes are both stored and sent. Blackbird generates accessors instead of reflective calls.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();
    private static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.USE_LONG_FOR_INTS);

    private Json() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Serialises a value to a JSON string: the text of {@link #bytes}, so surrogates in the value's strings are
     * written as JSON escapes (backslash, u, four hex digits) as there. Jackson's string writer leaves a lone
     * surrogate as it is, and a database driver encoding the string to UTF-8 would turn it into {@code ?}.
     */
    public static String write(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** Serialises a value to UTF-8 JSON bytes. */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A reader for values this mapper wrote: JSON integers read back as {@code Long} (never {@code Integer}), so
     * maps of plain values compare equal to what was written.
     */
    public static ObjectReader reader() {
        return READER;
    }

    /** Reads a JSON string as the given type. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new BlackbirdModule())
                .addModule(new SimpleModule("bulwark-instants").addSerializer(Instant.class, new IsoInstant()))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).build());
        return mapper;
    }
}
