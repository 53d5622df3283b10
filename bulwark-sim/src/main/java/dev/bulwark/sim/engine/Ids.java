package dev.bulwark.sim.engine;

/**
 * Identifier generators: one counter per kind, scrambled by a keyed 40-bit Feistel permutation, so identifiers
 * are unique, look random, and reveal nothing about who created them or when (good and bad actors share them).
 */
public final class Ids {
    /** The kinds of identifier, each with its prefix. */
    public enum Kind {
        EVENT("ev-"), BUYER("b-"), SELLER("s-"), CREATOR("c-"), DEVICE("d-"), INSTRUMENT("pi-"), ADDRESS("ad-"),
        PAYOUT("pa-"), LISTING("l-"), ORDER("o-"), KYC("k-"), LINK("lk-"), STREAM("st-"), RING("r-"), TRACKING("");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final long MASK20 = (1L << 20) - 1;
    private final long[] counters = new long[Kind.values().length];
    private final long[] keys = new long[Kind.values().length];

    /** Generators keyed from {@code seed}, so another seed yields other identifiers. */
    public Ids(long seed) {
        long s = seed;
        for (int i = 0; i < keys.length; i++) {
            s += 0x9E3779B97F4A7C15L;
            keys[i] = mix(s);
        }
    }

    /** The next identifier of a kind, e.g. {@code b-7k2m9q4x}. */
    public String next(Kind kind) {
        int k = kind.ordinal();
        long value = permute(counters[k]++, keys[k]);
        char[] out = new char[kind.prefix.length() + 8];
        kind.prefix.getChars(0, kind.prefix.length(), out, 0);
        int p = out.length;
        for (int i = 0; i < 8; i++) {
            out[--p] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
        return new String(out);
    }

    /** Identifiers of a kind issued so far. */
    public long issued(Kind kind) {
        return counters[kind.ordinal()];
    }

    static long permute(long x, long key) {
        long left = (x >>> 20) & MASK20;
        long right = x & MASK20;
        for (int round = 0; round < 4; round++) {
            long f = mix(right ^ key ^ (round * 0x632BE59BD9B4E019L)) & MASK20;
            long next = left ^ f;
            left = right;
            right = next;
        }
        return (left << 20) | right;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
