package dev.bulwark.core.list;

import java.util.Arrays;

/**
 * IP address literals to bytes and back, as Guava's {@code InetAddresses} reads and writes them: IPv4 as four
 * decimal parts without leading zeros; IPv6 as eight groups of one to four hex digits, one {@code ::} standing for
 * at least one zero group, and an IPv4 address allowed as the last two groups. An IPv4-mapped IPv6 address
 * ({@code ::ffff:0:0/96}) reads as its IPv4 address, as {@code java.net} has it.
 */
final class IpText {
    private static final int GROUPS = 8;

    private IpText() {
    }

    /** The 4 or 16 bytes {@code text} names, or null when it is not an address literal. */
    static byte[] parse(String text) {
        if (text.indexOf(':') < 0) {
            return v4(text);
        }
        byte[] bytes = v6(text);
        return bytes != null && mapped(bytes) ? Arrays.copyOfRange(bytes, 12, 16) : bytes;
    }

    /** An IPv4 address held in the low 32 bits, dotted. */
    static String formatV4(long address) {
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }

    /** An IPv6 address, lower-case, with its longest run of two or more zero groups (the first, on a tie) as {@code ::}. */
    static String formatV6(long high, long low) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i)) & 0xFFFF;
            groups[4 + i] = (int) (low >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < GROUPS; ) {
            int j = i;
            while (j < GROUPS && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static byte[] v4(String text) {
        byte[] out = new byte[4];
        int to = text.length();
        int at = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (at >= to || text.charAt(at) != '.') {
                    return null;
                }
                at++;
            }
            int start = at;
            int value = 0;
            while (at < to && at - start < 4 && isDigit(text.charAt(at))) {
                value = value * 10 + (text.charAt(at) - '0');
                at++;
            }
            int length = at - start;
            if (length == 0 || length > 3 || (length > 1 && text.charAt(start) == '0') || value > 255) {
                return null;
            }
            out[part] = (byte) value;
        }
        return at == to ? out : null;
    }

    private static byte[] v6(String text) {
        int skip = text.indexOf("::");
        if (skip >= 0 && text.indexOf("::", skip + 1) >= 0) {
            return null;
        }
        int[] head = skip < 0 ? groups(text, true) : groups(text.substring(0, skip), false);
        int[] tail = skip < 0 ? new int[0] : groups(text.substring(skip + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (skip < 0 ? count != GROUPS : count > GROUPS - 1) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) {
            out[2 * i] = (byte) (head[i] >>> 8);
            out[2 * i + 1] = (byte) head[i];
        }
        for (int i = 0; i < tail.length; i++) {
            int g = GROUPS - tail.length + i;
            out[2 * g] = (byte) (tail[i] >>> 8);
            out[2 * g + 1] = (byte) tail[i];
        }
        return out;
    }

    /** The groups of a colon-separated run (empty text: none), the last of which may be an IPv4 address; or null. */
    private static int[] groups(String text, boolean ipv4Last) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int last = parts.length - 1;
        boolean embedded = ipv4Last && parts[last].indexOf('.') >= 0;
        int[] out = new int[parts.length + (embedded ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == last && embedded) {
                byte[] v4 = v4(parts[i]);
                if (v4 == null) {
                    return null;
                }
                out[i] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
                out[i + 1] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
                continue;
            }
            int group = hexGroup(parts[i]);
            if (group < 0) {
                return null;
            }
            out[i] = group;
        }
        return out.length > GROUPS ? null : out;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int digit = isDigit(c) ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static boolean mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
