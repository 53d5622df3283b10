package dev.bulwark.core.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.bulwark.core.json.MapWriter;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The data of an event: an unmodifiable map that keeps its fields in their order, as keys and values side by side
 * in one array, with a 64-bit summary of the keys' hash codes.
 *
 * <p>Design note: the engine reads a handful of fields per rule and feature, and most reads are by the same
 * {@code String} instance the JSON parser put in the map (both sides intern field names). A read is then one
 * scan of one or two cache lines comparing references, where a {@code HashMap} follows table, node and key; a
 * field the event lacks is usually ruled out by the summary without a scan. A different but equal key still finds
 * its field, by {@code equals}. Only {@link Event} creates these, so an event built from another's data (a replay
 * shifted in time) shares it. Written as JSON straight from its array ({@link MapWriter}).
 */
@JsonSerialize(using = EventData.Writer.class)
final class EventData extends AbstractMap<String, Object> {
    private final Object[] fields;
    private final long summary;

    EventData(Map<String, ?> data) {
        Object[] kv = new Object[2 * data.size()];
        long bits = 0;
        int i = 0;
        for (Map.Entry<String, ?> e : data.entrySet()) {
            String key = e.getKey();
            kv[i++] = key;
            kv[i++] = e.getValue();
            bits |= bit(key);
        }
        this.fields = kv;
        this.summary = bits;
    }

    /** A map over {@code kv}: keys and values side by side, in order; the array is not copied. */
    EventData(Object... kv) {
        long bits = 0;
        for (int i = 0; i < kv.length; i += 2) {
            bits |= bit((String) kv[i]);
        }
        this.fields = kv;
        this.summary = bits;
    }

    private static long bit(String key) {
        return 1L << (key.hashCode() & 63);
    }

    /** The array position of {@code key}'s value, or -1. */
    private int find(Object key) {
        if (!(key instanceof String s) || (summary & bit(s)) == 0) {
            return -1;
        }
        Object[] kv = fields;
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i] == s) {
                return i + 1;
            }
        }
        for (int i = 0; i < kv.length; i += 2) {
            if (s.equals(kv[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int at = find(key);
        return at < 0 ? null : fields[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return fields.length >>> 1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < fields.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= fields.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>((String) fields[next], fields[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return fields.length >>> 1;
            }
        };
    }

    /** Writes the map from its array. */
    static final class Writer extends MapWriter<EventData> {
        Writer() {
            super(EventData.class);
        }

        @Override
        protected int slots(EventData map) {
            return map.fields.length >>> 1;
        }

        @Override
        protected void writeKey(JsonGenerator gen, EventData map, int slot) throws IOException {
            gen.writeFieldName((String) map.fields[2 * slot]);
        }

        @Override
        protected Object value(EventData map, int slot) {
            return map.fields[2 * slot + 1];
        }
    }
}
