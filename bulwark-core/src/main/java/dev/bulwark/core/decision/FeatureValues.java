package dev.bulwark.core.decision;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The feature values a decision read, as an immutable map that shares its array of names with every other
 * decision of the same strategy bundle: a decision then costs one small value array instead of a hash map.
 * Iterates in the bundle's feature order; absent features (null values) are not entries.
 */
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
}
