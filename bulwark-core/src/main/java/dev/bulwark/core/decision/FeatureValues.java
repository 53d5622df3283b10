package dev.bulwark.core.decision;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.bulwark.core.json.MapWriter;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The feature values a decision read, as an immutable map that shares its array of names with every other
 * decision of the same strategy bundle: a decision then costs one small value array instead of a hash map.
 * Iterates in the bundle's feature order; absent features (null values) are not entries. Written as JSON straight
 * from its arrays ({@link MapWriter}).
 */
@JsonSerialize(using = FeatureValues.Writer.class)
public final class FeatureValues extends AbstractMap<String, Object> {
    private final String[] names;
    private final Object[] values;
    private int size = -1;

    /** A map over {@code names[i] -> values[i]} for every non-null value; {@code values} must not change afterwards. */
    public FeatureValues(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        this.names = names;
        this.values = values;
    }

    @Override
    public int size() {
        if (size < 0) {
            int n = 0;
            for (Object v : values) {
                if (v != null) {
                    n++;
                }
            }
            size = n;
        }
        return size;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return FeatureValues.this.size();
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }
        };
    }

    /**
     * Writes the map from its arrays, with the names pre-encoded: they are the bundle's, the same for every decision
     * until a reload, and escaping them again for each decision was half of writing the map.
     */
    static final class Writer extends MapWriter<FeatureValues> {
        private volatile Encoded encoded = new Encoded(new String[0], new SerializedString[0]);

        Writer() {
            super(FeatureValues.class);
        }

        @Override
        protected int slots(FeatureValues map) {
            return map.names.length;
        }

        @Override
        protected Object value(FeatureValues map, int slot) {
            return map.values[slot];
        }

        @Override
        protected void writeKey(JsonGenerator gen, FeatureValues map, int slot) throws IOException {
            Encoded names = encoded;
            if (names.names != map.names) {
                names = new Encoded(map.names, Arrays.stream(map.names).map(SerializedString::new)
                        .toArray(SerializedString[]::new));
                encoded = names;
            }
            gen.writeFieldName(names.encoded[slot]);
        }

        /** A names array and its names pre-encoded, compared by identity. */
        private record Encoded(String[] names, SerializedString[] encoded) {
        }
    }
}
