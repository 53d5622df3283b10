package dev.bulwark.core.list;

import java.util.Optional;

/**
 * An IPv4 or IPv6 network as a list entry can name it: an address ({@code 203.0.113.7}, {@code 2001:db8::1}) or a
 * CIDR block ({@code 203.0.113.0/24}, {@code 2001:db8::/32}), held as its prefix bits. An IPv4-mapped IPv6 address
 * ({@code ::ffff:203.0.113.7}) is the IPv4 address. Text is read as a literal only, by the parser below rather than
 * {@code java.net} (the core does no I/O, and {@code InetAddress} is where name lookups live); {@code IpBlockTest}
 * holds it to Guava's {@code InetAddresses} on every form and on random text.
 *
 * @param v6   whether the network is IPv6
 * @param high the first 64 bits of the network (IPv6 only; 0 for IPv4)
 * @param low  the last 64 bits of the network (for IPv4, the address in the low 32 bits)
 * @param bits the prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6
 */
public record IpBlock(boolean v6, long high, long low, int bits) {
    public IpBlock {
        if (bits < 0 || bits > (v6 ? 128 : 32)) {
            throw new IllegalArgumentException("prefix length " + bits + " out of range");
        }
        long highMask = highMask(v6, bits);
        long lowMask = lowMask(v6, bits);
        if ((high & ~highMask) != 0 || (low & ~lowMask) != 0) {
            throw new IllegalArgumentException("host bits set beyond /" + bits);
        }
    }

    /** The network {@code text} names, with any host bits beyond the prefix cleared; empty when it names none. */
    public static Optional<IpBlock> parse(String text) {
        return read(text).map(r -> r.masked);
    }

    /** An address alone ({@code /32} or {@code /128}), not a block; empty when {@code text} is not an IP address. */
    public static Optional<IpBlock> address(String text) {
        return text.indexOf('/') >= 0 ? Optional.empty() : parse(text);
    }

    /**
     * Why {@code text} is not an address or CIDR block as an entry of an IP list should be written, or empty when it
     * is one. A block with host bits set is refused, naming the block that was probably meant.
     */
    public static Optional<String> problem(String text) {
        Optional<Read> read = read(text);
        if (read.isEmpty()) {
            return Optional.of("'" + text + "' is not an IP address or CIDR block (such as 203.0.113.7 or 203.0.113.0/24)");
        }
        if (read.get().hostBits) {
            return Optional.of("'" + text + "' has bits set beyond its /" + read.get().masked.bits + "; the block is "
                    + read.get().masked);
        }
        return Optional.empty();
    }

    /** Whether {@code other} (an address or a block) lies within this block. */
    public boolean contains(IpBlock other) {
        return other.v6 == v6 && other.bits >= bits && truncate(other, bits).equals(this);
    }

    /** This block's network truncated to {@code prefix} bits (a shorter prefix, or the same). */
    public IpBlock truncate(int prefix) {
        return truncate(this, Math.min(prefix, bits));
    }

    private static IpBlock truncate(IpBlock b, int prefix) {
        return new IpBlock(b.v6, b.high & highMask(b.v6, prefix), b.low & lowMask(b.v6, prefix), prefix);
    }

    /** The block as written in CIDR notation, the address in its canonical form (RFC 5952 for IPv6). */
    @Override
    public String toString() {
        return (v6 ? IpText.formatV6(high, low) : IpText.formatV4(low)) + "/" + bits;
    }

    private record Read(IpBlock masked, boolean hostBits) {
    }

    private static Optional<Read> read(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = looksLikeAddress(address) ? IpText.parse(address) : null;
        if (bytes == null) {
            return Optional.empty();
        }
        boolean v6 = bytes.length == 16;
        int max = v6 ? 128 : 32;
        int bits = max;
        if (slash >= 0) {
            String prefix = text.substring(slash + 1);
            if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            bits = Integer.parseInt(prefix);
            if (bits > max) {
                return Optional.empty();
            }
        }
        long high = v6 ? get(bytes, 0, 8) : 0;
        long low = v6 ? get(bytes, 8, 8) : get(bytes, 0, 4);
        IpBlock masked = new IpBlock(v6, high & highMask(v6, bits), low & lowMask(v6, bits), bits);
        return Optional.of(new Read(masked, masked.high != high || masked.low != low));
    }

    /** A cheap test that rules out most text that is not an address before the parser sees it. */
    private static boolean looksLikeAddress(String text) {
        int length = text.length();
        if (length < 2 || length > 45) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static long highMask(boolean v6, int bits) {
        if (!v6) {
            return 0;
        }
        return bits >= 64 ? -1L : bits == 0 ? 0 : -1L << (64 - bits);
    }

    private static long lowMask(boolean v6, int bits) {
        if (!v6) {
            return bits == 0 ? 0 : (0xFFFF_FFFFL << (32 - bits)) & 0xFFFF_FFFFL;
        }
        int lowBits = bits - 64;
        return lowBits <= 0 ? 0 : lowBits >= 64 ? -1L : -1L << (64 - lowBits);
    }

    private static long get(byte[] bytes, int from, int count) {
        long value = 0;
        for (int i = from; i < from + count; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
