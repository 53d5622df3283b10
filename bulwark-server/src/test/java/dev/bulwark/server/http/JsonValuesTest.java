package dev.bulwark.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.bulwark.core.error.BulwarkException;
import dev.bulwark.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The request reader gives exactly what Jackson's untyped deserialiser gives with duplicate detection and trailing
 * tokens refused — the same values of the same classes in the same order, or a refusal where Jackson throws.
 */
class JsonValuesTest {
    private static final ObjectReader JACKSON = Json.mapper().readerFor(Object.class)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Property(tries = 5000)
    void agreesWithJackson(@ForAll("documents") String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Object expected;
        try {
            expected = JACKSON.readValue(body);
        } catch (Exception e) {
            assertThatThrownBy(() -> JsonInput.one(body)).as(text).isInstanceOf(BulwarkException.Invalid.class);
            return;
        }
        assertThat(describe(JsonInput.one(body))).as(text).isEqualTo(describe(expected));
        List<JsonInput.Item> items = JsonInput.array(("[" + text + "," + text + "]").getBytes(StandardCharsets.UTF_8), 10);
        assertThat(items).hasSize(2).allSatisfy(item ->
                assertThat(describe(((JsonInput.Parsed) item).value())).isEqualTo(describe(expected)));
    }

    @Test
    void aRepeatedNameIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> JsonInput.one("{\"a\":1,\"data\":{\"x\":{\"y\":2},\"x\":null}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BulwarkException.Invalid.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("/data/x");
                        assertThat(v.reason()).contains("Duplicate field 'x'");
                    });
                });
        assertThat(JsonInput.ndjson("{\"a\":1,\"a\":2}\n{\"a\":1}".getBytes(StandardCharsets.UTF_8), 10))
                .first().isInstanceOf(JsonInput.Malformed.class);
    }

    @Test
    void trailingContentIsRefused() {
        assertThatThrownBy(() -> JsonInput.one("{} {}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BulwarkException.Invalid.class,
                        e -> assertThat(e.violations().get(0).reason()).contains("Trailing token"));
    }

    /** Values with their classes, maps with their order, so Integer and Long (or two orders) do not compare equal. */
    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> m.entrySet().stream().map(e -> e.getKey() + "=" + describe(e.getValue()))
                    .collect(Collectors.joining(",", m.getClass().getSimpleName() + "{", "}"));
            case List<?> l -> l.stream().map(JsonValuesTest::describe)
                    .collect(Collectors.joining(",", l.getClass().getSimpleName() + "[", "]"));
            default -> value.getClass().getSimpleName() + ":" + value;
        };
    }

    /** JSON texts, mostly well-formed: nested objects and arrays, every kind of number, repeated names, junk after. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
                        new java.math.BigInteger("1" + "0".repeat(30))).map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("-0", "0.0", "1e400", "-1E-400", "1.5e3", "0.1", "01", "1.", "-", "2147483648", "9223372036854775808"));
        Arbitrary<String> string = Arbitraries.strings().ofMaxLength(8).map(s -> Json.write(s));
        Arbitrary<String> scalar = Arbitraries.oneOf(number, string, Arbitraries.of("true", "false", "null", "nul", "'x'"));
        Arbitrary<String> name = Arbitraries.of("a", "b", "c", "id", "data", "é");
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                Arbitraries.entries(name, inner).list().ofMaxSize(5).map(es -> es.stream()
                        .map(e -> Json.write(e.getKey()) + " : " + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")))), 0, 4)
                .flatMap(doc -> Arbitraries.of("", "", "", " ", "\n", " x", " {}", "]").map(tail -> doc + tail));
    }
}
