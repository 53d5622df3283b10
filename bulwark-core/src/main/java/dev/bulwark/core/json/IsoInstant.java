package dev.bulwark.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Instants as {@link Instant#toString} writes them ({@code DateTimeFormatter.ISO_INSTANT}: UTC, the fraction in
 * groups of three digits, only as long as needed), written by hand for the years 1970–9999 and by the JDK otherwise.
 *
 * <p>Design note: every decided event's time is written twice (the event's JSON and the decision's), and the JDK's
 * formatter took ~3% of the node's sequencer thread (docs/benchmarks.md, eleventh sitting). {@code IsoInstantTest}
 * compares the two on random instants.
 */
public final class IsoInstant extends StdSerializer<Instant> {
    private static final long YEAR_10000 = 253_402_300_800L;
    private static final long SECONDS_PER_DAY = 86_400;

    IsoInstant() {
        super(Instant.class);
    }

    /** The instant's text, exactly as {@link Instant#toString}. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        int nanos = instant.getNano();
        byte[] out = new byte[nanos == 0 ? 20 : nanos % 1_000_000 == 0 ? 24 : nanos % 1_000 == 0 ? 27 : 30];
        long days = seconds / SECONDS_PER_DAY;
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        date(out, days);
        out[10] = 'T';
        two(out, 11, secondOfDay / 3600);
        out[13] = ':';
        two(out, 14, secondOfDay / 60 % 60);
        out[16] = ':';
        two(out, 17, secondOfDay % 60);
        if (out.length > 20) {
            out[19] = '.';
            int value = nanos;
            for (int at = 28; at >= 20; at--) {
                if (at < out.length - 1) {
                    out[at] = (byte) ('0' + value % 10);
                }
                value /= 10;
            }
        }
        out[out.length - 1] = 'Z';
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code yyyy-MM-dd} for a day count since 1970-01-01 (civil-from-days, proleptic Gregorian). */
    private static void date(byte[] out, long epochDay) {
        long z = epochDay + 719_468;
        long era = z / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        two(out, 0, year / 100);
        two(out, 2, year % 100);
        out[4] = '-';
        two(out, 5, month);
        out[7] = '-';
        two(out, 8, day);
    }

    private static void two(byte[] out, int at, int value) {
        out[at] = (byte) ('0' + value / 10);
        out[at + 1] = (byte) ('0' + value % 10);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }
}
