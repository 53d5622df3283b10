package dev.bulwark.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a map whose keys and values sit in arrays, as Jackson's map serialiser writes its entries under {@link Json}'s
 * settings, in order, without an entry object per field or a serialiser look-up per value: the common values
 * (numbers, booleans, strings) are written directly, anything else by the mapper. Subclasses write the i-th key and
 * say where the i-th value is. A null value is left out, as Jackson leaves it out under {@code NON_ABSENT} (an empty Optional, by
 * contrast, Jackson writes as null, and so does this).
 *
 * <p>Design note: the node's sequencer writes every decided event's data and its decision's feature values, and
 * Jackson's map serialiser was about half of its serialising (docs/benchmarks.md, eleventh sitting);
 * {@code MapWriterTest} checks the output equals Jackson's for the same maps.
 */
public abstract class MapWriter<M extends Map<String, Object>> extends StdSerializer<M> {
    /** {@link Double#toString} writes magnitudes from 10^-3 up to (not including) this in plain notation. */
    private static final long PLAIN_LIMIT = 10_000_000L;

    protected MapWriter(Class<M> type) {
        super(type);
    }

    /** How many key/value positions the map has (absent values included). */
    protected abstract int slots(M map);

    /** The value at {@code slot}. */
    protected abstract Object value(M map, int slot);

    /** Writes the key at {@code slot} as a field name (pre-encoded, where keys repeat from map to map). */
    protected abstract void writeKey(JsonGenerator gen, M map, int slot) throws IOException;

    @Override
    public final void serialize(M map, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(map);
        int slots = slots(map);
        for (int i = 0; i < slots; i++) {
            Object v = value(map, i);
            if (v == null) {
                continue;
            }
            writeKey(gen, map, i);
            switch (v) {
                case Double d -> writeDouble(gen, d.doubleValue());
                case String s -> gen.writeString(s);
                case Boolean b -> gen.writeBoolean(b);
                case Long l -> gen.writeNumber(l.longValue());
                case Integer n -> gen.writeNumber(n.intValue());
                default -> provider.defaultSerializeValue(v, gen);
            }
        }
        gen.writeEndObject();
    }

    /**
     * Writes {@code v} as Jackson does ({@link Double#toString}), but an integral value under 10^7 — most feature
     * values are counts — as its digits and {@code .0} without building a string: the same text, since
     * {@code Double.toString} writes such a value in plain notation with one fractional zero. Only into JSON text:
     * a token buffer ({@code valueToTree}, {@code convertValue}) takes no raw text and must keep the value a double.
     */
    static void writeDouble(JsonGenerator gen, double v) throws IOException {
        long whole = (long) v;
        if (gen instanceof JsonGeneratorImpl && whole == v && whole > -PLAIN_LIMIT && whole < PLAIN_LIMIT
                && (whole != 0 || Double.doubleToRawLongBits(v) == 0)
                && !gen.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature())) {
            gen.writeNumber(whole);
            gen.writeRaw('.');
            gen.writeRaw('0');
        } else {
            gen.writeNumber(v);
        }
    }

    @Override
    public final boolean isEmpty(SerializerProvider provider, M map) {
        return map.isEmpty();
    }
}
