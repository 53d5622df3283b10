package dev.bulwark.engine.features;

import java.util.Arrays;

/**
 * The distinct values one entity has shown a feature, as 64-bit hashes with the bucket each was last seen in.
 * Holds at most {@code cap} values; when full, the value seen longest ago gives way, so the count is exact up to
 * {@code cap} and saturates there. Starts small and grows by doubling.
 */
final class DistinctSet {
    private long[] hashes = new long[4];
    private int[] lastBucket = new int[4];
    private int size;

    /** Records {@code hash} as seen in {@code bucket}. */
    void add(long hash, int bucket, int cap) {
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash) {
                lastBucket[i] = Math.max(lastBucket[i], bucket);
                return;
            }
        }
        if (size == hashes.length && size < cap) {
            int grown = Math.min(cap, size * 2);
            hashes = Arrays.copyOf(hashes, grown);
            lastBucket = Arrays.copyOf(lastBucket, grown);
        }
        if (size < hashes.length) {
            hashes[size] = hash;
            lastBucket[size++] = bucket;
            return;
        }
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (lastBucket[i] < lastBucket[oldest]) {
                oldest = i;
            }
        }
        if (lastBucket[oldest] <= bucket) {
            hashes[oldest] = hash;
            lastBucket[oldest] = bucket;
        }
    }

    /** How many values were last seen in buckets {@code (bucket - span, bucket]}. */
    int count(int bucket, int span) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            int age = bucket - lastBucket[i];
            if (age >= 0 && age < span) {
                n++;
            }
        }
        return n;
    }

    /** Approximate heap bytes, for the memory figures. */
    long bytes() {
        return 16 + 24 + 16L + hashes.length * 8L + 16 + lastBucket.length * 4L;
    }
}
