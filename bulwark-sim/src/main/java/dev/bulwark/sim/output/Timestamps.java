package dev.bulwark.sim.output;

import java.time.LocalDate;

/** Formats epoch milliseconds as RFC 3339 UTC timestamps ({@code 2026-01-05T08:13:22.123Z}) without allocation. */
public final class Timestamps {
    private static final long DAY = 86_400_000L;
    private long cachedDay = Long.MIN_VALUE;
    private final char[] prefix = new char[11];

    /** Appends the timestamp for {@code millis}. */
    public void append(StringBuilder sb, long millis) {
        long day = Math.floorDiv(millis, DAY);
        if (day != cachedDay) {
            String date = LocalDate.ofEpochDay(day).toString();
            if (date.length() != 10) {
                throw new IllegalArgumentException("year out of range for " + millis);
            }
            date.getChars(0, 10, prefix, 0);
            prefix[10] = 'T';
            cachedDay = day;
        }
        sb.append(prefix);
        int ms = (int) (millis - day * DAY);
        two(sb, ms / 3_600_000);
        sb.append(':');
        two(sb, ms / 60_000 % 60);
        sb.append(':');
        two(sb, ms / 1000 % 60);
        sb.append('.');
        int frac = ms % 1000;
        sb.append((char) ('0' + frac / 100)).append((char) ('0' + frac / 10 % 10)).append((char) ('0' + frac % 10));
        sb.append('Z');
    }

    /** The timestamp for {@code millis} as a string. */
    public String format(long millis) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, millis);
        return sb.toString();
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
