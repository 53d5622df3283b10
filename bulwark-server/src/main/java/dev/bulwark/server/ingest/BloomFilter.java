package dev.bulwark.server.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A scalable Bloom filter of strings: when the newest layer is full, a layer twice as large is added, so the
 * false-positive rate stays near the target however many ids arrive. A positive means "maybe seen"; a negative
 * means "never seen". Not thread-safe.
 */
final class BloomFilter {
    private static final double FALSE_POSITIVE_RATE = 0.001;
    private final List<Layer> layers = new ArrayList<>();
    private long size;

    /** A filter sized for about {@code expected} ids before it first grows. */
    BloomFilter(long expected) {
        layers.add(new Layer(Math.max(1024, expected)));
    }

    /** Adds an id. */
    void add(String id) {
        Layer last = layers.getLast();
        if (last.count >= last.capacity) {
            last = new Layer(last.capacity * 2);
            layers.add(last);
        }
        last.add(hash1(id), hash2(id));
        size++;
    }

    /** Whether the id may have been added; false means it certainly was not. */
    boolean mightContain(String id) {
        long h1 = hash1(id);
        long h2 = hash2(id);
        for (Layer layer : layers) {
            if (layer.contains(h1, h2)) {
                return true;
            }
        }
        return false;
    }

    /** How many ids were added. */
    long size() {
        return size;
    }

    private static long hash1(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long hash2(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h + s.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return mix(h) | 1L;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One fixed-size filter: m bits, k probes by double hashing. */
    private static final class Layer {
        final long capacity;
        final long[] bits;
        final long bitCount;
        final int probes;
        long count;

        Layer(long capacity) {
            this.capacity = capacity;
            double m = -capacity * Math.log(FALSE_POSITIVE_RATE) / (Math.log(2) * Math.log(2));
            this.bits = new long[(int) Math.min(Integer.MAX_VALUE - 8, (long) Math.ceil(m / 64))];
            this.bitCount = (long) bits.length * 64;
            this.probes = Math.max(1, (int) Math.round(m / capacity * Math.log(2)));
        }

        void add(long h1, long h2) {
            for (int i = 0; i < probes; i++) {
                long bit = Math.floorMod(h1 + i * h2, bitCount);
                bits[(int) (bit >>> 6)] |= 1L << bit;
            }
            count++;
        }

        boolean contains(long h1, long h2) {
            for (int i = 0; i < probes; i++) {
                long bit = Math.floorMod(h1 + i * h2, bitCount);
                if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
