package dev.bulwark.core.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses event times: RFC 3339 timestamps as {@link OffsetDateTime#parse} reads them.
 *
 * <p>Design note: {@code OffsetDateTime.parse} costs about as much as the rest of an event's validation. The form
 * clients send — {@code 2026-11-21T10:15:30Z}, with optional fraction and a numeric offset — is read here by hand
 * and anything else (lower-case letters, missing seconds, odd widths) goes to the JDK, so every string gives exactly
 * the JDK's instant or its error. {@code TimestampsTest} compares the two on random strings.
 */
final class Timestamps {
    private Timestamps() {
    }

    /** The instant {@code text} denotes, or a {@link DateTimeParseException} as {@code OffsetDateTime.parse} throws. */
    static Instant parse(String text) {
        long seconds = common(text);
        if (seconds == Long.MIN_VALUE) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return Instant.ofEpochSecond(seconds, nanos(text));
    }

    /** Epoch seconds of {@code text} in the common form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:mm)}, else MIN_VALUE. */
    private static long common(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int at = 19;
        if (s.charAt(at) == '.') {
            int end = fractionEnd(s);
            if (end < 0) {
                return Long.MIN_VALUE;
            }
            at = end;
        }
        int offset;
        if (at == n - 1 && s.charAt(at) == 'Z') {
            offset = 0;
        } else if (at == n - 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int oh = digits(s, at + 1, 2);
            int om = digits(s, at + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59 || (oh == 18 && om > 0)) {
                return Long.MIN_VALUE;
            }
            offset = (s.charAt(at) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return Long.MIN_VALUE;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
        return epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
    }

    /** The position after a fraction of 1 to 9 digits starting at 20, or -1. */
    private static int fractionEnd(String s) {
        int i = 20;
        while (i < s.length() && i < 29 && digit(s.charAt(i))) {
            i++;
        }
        boolean more = i < s.length() && digit(s.charAt(i));
        return i == 20 || more ? -1 : i;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int nanos(String s) {
        if (s.charAt(19) != '.') {
            return 0;
        }
        int nanos = 0;
        int i = 20;
        for (; i < 29 && i < s.length() && digit(s.charAt(i)); i++) {
            nanos = nanos * 10 + (s.charAt(i) - '0');
        }
        for (; i < 29; i++) {
            nanos *= 10;
        }
        return nanos;
    }

    /** The ASCII digits {@code s[from, from + count)} as a number, or -1 if any is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!digit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
