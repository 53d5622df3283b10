package dev.bulwark.core.util;

import java.util.ArrayList;
import java.util.List;

/**
 * A scalable Bloom filter of strings: when the newest layer is full, a layer twice as large is added, so the
 * false-positive rate stays near the target however many ids arrive. A positive means "maybe seen"; a negative
 * means "never seen". Not thread-safe.
 *
 * <p>Each layer is a split-block filter (as Parquet's): an id's eight bits all lie in one 256-bit block, one bit in
 * each of its eight 32-bit words, so adding or checking an id reads one block — one or two cache lines — where a
 * classic filter's ten probes were ten cache misses in a filter of megabytes. It needs 18 bits per id for the rate
 * a classic one reaches with 14.4 (about 0.7 in a thousand per full layer); one 64-bit hash of the id picks the
 * block and the bits.
 *
 * <p>Design note: the server's sequencer asks the filter about every event and adds every new id; with ten scattered
 * probes that was about a tenth of the sequencer's time at 20,000 events/s (docs/benchmarks.md, thirteenth sitting).
 * The embedded store's event log keeps one too, filled from hashes it stores on disk, hence the methods that take a
 * 64-bit hash the caller computed (it must be well mixed in both halves).
 */
public final class BloomFilter {
    private static final int BITS_PER_ID = 18;
    /** Odd multipliers that spread one 32-bit key over eight bit positions (Parquet's split-block filter). */
    private static final int[] SALT = {0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b,
            0x9efc4947, 0x5c6bfb31};
    private final List<Layer> layers = new ArrayList<>();
    private long size;

    /** A filter sized for about {@code expected} ids before it first grows. */
    public BloomFilter(long expected) {
        layers.add(new Layer(Math.max(1024, expected)));
    }

    /** Adds an id. */
    public void add(String id) {
        add(hash(id));
    }

    /** Adds an id by its 64-bit hash. */
    public void add(long hash) {
        Layer last = layers.getLast();
        if (last.count >= last.capacity) {
            last = new Layer(last.capacity * 2);
            layers.add(last);
        }
        last.add(hash);
        size++;
    }

    /** Whether the id may have been added; false means it certainly was not. */
    public boolean mightContain(String id) {
        return mightContain(hash(id));
    }

    /** Whether an id with this 64-bit hash may have been added. */
    public boolean mightContain(long h) {
        for (Layer layer : layers) {
            if (layer.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** How many ids were added. */
    public long size() {
        return size;
    }

    /** FNV-1a over the id's chars, then SplitMix64's finaliser, so both halves of the result are well mixed. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /** One fixed-size split-block filter: the hash's upper half picks the block, its lower half the eight bits. */
    private static final class Layer {
        /** Blocks past this would overflow an int array; a layer that large holds over a billion ids. */
        private static final long MAX_BLOCKS = (Integer.MAX_VALUE - 8) / 8;
        final long capacity;
        final int[] words;
        final long blocks;
        long count;

        Layer(long capacity) {
            this.capacity = capacity;
            this.blocks = Math.min(MAX_BLOCKS, Math.max(1, (capacity * BITS_PER_ID + 255) / 256));
            this.words = new int[(int) blocks * 8];
        }

        void add(long hash) {
            int base = block(hash);
            int key = (int) hash;
            for (int i = 0; i < 8; i++) {
                words[base + i] |= 1 << ((key * SALT[i]) >>> 27);
            }
            count++;
        }

        boolean contains(long hash) {
            int base = block(hash);
            int key = (int) hash;
            for (int i = 0; i < 8; i++) {
                if ((words[base + i] & (1 << ((key * SALT[i]) >>> 27))) == 0) {
                    return false;
                }
            }
            return true;
        }

        /** The first word of the hash's block: its upper 32 bits scaled to the block count (no modulo). */
        private int block(long hash) {
            return (int) (((hash >>> 32) * blocks) >>> 32) * 8;
        }
    }
}
