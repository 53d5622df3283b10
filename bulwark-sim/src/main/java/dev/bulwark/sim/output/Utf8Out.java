package dev.bulwark.sim.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** A buffered UTF-8 writer for characters, faster than a Writer for mostly-ASCII lines. */
final class Utf8Out implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 17];
    private int n;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    void append(CharSequence s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (n + 4 > buf.length) {
                flushBuffer();
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | (c >> 6));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[n++] = (byte) (0xE0 | (c >> 12));
                buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    void append(char c) {
        if (c >= 0x80) {
            append(String.valueOf(c));
            return;
        }
        if (n + 1 > buf.length) {
            flushBuffer();
        }
        buf[n++] = (byte) c;
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, n);
            n = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}
