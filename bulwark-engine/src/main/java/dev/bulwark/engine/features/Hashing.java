package dev.bulwark.engine.features;

/** A fast, well-mixed 64-bit hash of strings, stable across JVMs so replays remember the same distinct values. */
final class Hashing {
    private Hashing() {
    }

    /** FNV-1a over the UTF-16 code units, finished with the SplitMix64 mixer. */
    static long hash64(String s) {
        return hash64(s, 0xcbf29ce484222325L);
    }

    /** A second fingerprint independent of {@link #hash64(String)}: a different FNV basis and a final xor. */
    static long check64(String s) {
        return hash64(s, 0x84222325cbf29ce4L) ^ 0x5bd1e9955bd1e995L;
    }

    private static long hash64(String s, long basis) {
        long h = basis;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
