package dev.bulwark.sim.output;

/** The two JSON encodings the emitter needs: quoted strings and money amounts. */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    static void money(StringBuilder sb, long minor, int digits) {
        if (digits == 0) {
            sb.append(minor);
            return;
        }
        long abs = Math.abs(minor);
        if (minor < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long cents = abs % 100;
        sb.append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10));
    }
}
