package dev.bulwark.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.decision.FeatureValues;
import dev.bulwark.core.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The array-backed maps write exactly what Jackson's map serialiser writes for the same entries in the same order,
 * where they are written: as the value of another map (an event's {@code data}) or of a property (a decision's
 * {@code features}) or at the top (null values are left out; empty Optionals are written as null).
 */
class MapWriterTest {
    @Property(tries = 3000)
    void featureValuesWriteAsAnOrdinaryMap(@ForAll("values") List<Object> values) {
        String[] names = new String[values.size()];
        Map<String, Object> plain = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = "f_" + i + (i % 3 == 0 ? "_\"é\u2028" : "");
            plain.put(names[i], values.get(i));
        }
        FeatureValues features = new FeatureValues(names, values.toArray());
        assertThat(Json.write(features)).isEqualTo(Json.write(plain));
        assertThat(Json.write(nested(features))).isEqualTo(Json.write(nested(plain)));
        assertThat(new String(Json.bytes(nested(features)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(Json.write(nested(plain)));
        JsonNode tree = Json.mapper().valueToTree(nested(features));
        assertThat(tree).isEqualTo(Json.mapper().valueToTree(nested(plain)));
    }

    @Property(tries = 3000)
    void eventDataWritesAsAnOrdinaryMap(@ForAll("values") List<Object> values) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            plain.put("field" + i, values.get(i));
        }
        Event event = new Event("e-1", "order.placed", "shop", Instant.parse("2026-11-21T10:15:30.25Z"), plain);
        Map<String, Object> envelope = new LinkedHashMap<>(event.toJsonMap());
        envelope.put("data", plain);
        envelope.put("time", "2026-11-21T10:15:30.250Z");
        assertThat(Json.write(event.toJsonMap())).isEqualTo(Json.write(envelope));
        assertThat(Json.write(event.data())).isEqualTo(Json.write(plain));
    }

    private static Map<String, Object> nested(Map<String, Object> map) {
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("a", 1);
        outer.put("map", map);
        return outer;
    }

    /** What event data and feature values hold: JSON scalars, nulls, empty and present Optionals, lists and maps. */
    @Provide
    Arbitrary<List<Object>> values() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e-300, 1e21, 0.1 + 0.2).map(Object.class::cast),
                Arbitraries.longs().between(-20_000_000, 20_000_000).map(n -> (Object) (double) n),
                Arbitraries.of(0.0, 9_999_999.0, -9_999_999.0, 1e7, -1e7, 0.001, 4096.5, (double) Long.MAX_VALUE)
                        .map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(12).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(Optional.empty()).map(Object.class::cast),
                Arbitraries.strings().alpha().ofMaxLength(4).map(s -> (Object) Optional.of(s)));
        Arbitrary<Object> orNull = Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(1, Arbitraries.just(null)));
        Arbitrary<Object> nested = Arbitraries.oneOf(
                orNull.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(Arrays.asList(l.toArray()))),
                orNull.list().ofMaxSize(3).map(l -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < l.size(); i++) {
                        m.put("k" + i, l.get(i));
                    }
                    return (Object) m;
                }));
        Arbitrary<Object> any = Arbitraries.frequencyOf(Tuple.of(8, scalar), Tuple.of(1, nested),
                Tuple.of(1, Arbitraries.just(null)));
        return any.list().ofMaxSize(16).map(l -> new ArrayList<>(Arrays.asList(l.toArray())));
    }
}
