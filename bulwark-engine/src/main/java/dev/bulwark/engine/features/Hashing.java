package dev.bulwark.engine.features;

/** A fast, well-mixed 64-bit hash of strings, stable across JVMs so replays remember the same distinct values. */
final class Hashing {
    private Hashing() {
    }

    /** FNV-1a over the UTF-16 code units, finished with the SplitMix64 mixer. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
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
