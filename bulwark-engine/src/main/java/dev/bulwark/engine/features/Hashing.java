package dev.bulwark.engine.features;

/** A fast, well-mixed 64-bit hash of strings, stable across JVMs so replays remember the same distinct values. */
final class Hashing {
    private static final long BASIS = 0xcbf29ce484222325L;
    private static final long CHECK_BASIS = 0x84222325cbf29ce4L;
    private static final long CHECK_XOR = 0x5bd1e9955bd1e995L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** FNV-1a over the UTF-16 code units, finished with the SplitMix64 mixer. */
    static long hash64(String s) {
        return hash64(s, BASIS);
    }


    /**
     * The two fingerprints of an entity id, computed in one pass (the two multiply chains run side by side):
     * {@code into[0]} is {@link #hash64(String)}, {@code into[1]} an independent one (another FNV basis and a final
     * xor) that tells apart two ids whose first fingerprints collide.
     */
    static void fingerprints(String s, long[] into) {
        long h = BASIS;
        long c = CHECK_BASIS;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            h = (h ^ ch) * PRIME;
            c = (c ^ ch) * PRIME;
        }
        into[0] = finish(h);
        into[1] = finish(c) ^ CHECK_XOR;
    }

    private static long hash64(String s, long basis) {
        long h = basis;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= PRIME;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
