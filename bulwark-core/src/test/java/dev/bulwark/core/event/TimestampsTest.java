package dev.bulwark.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written reading of the common form gives exactly what {@code OffsetDateTime.parse} gives, or its error. */
class TimestampsTest {
    @Property(tries = 5000)
    void agreesWithTheJdk(@ForAll("timestamps") String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Timestamps.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Timestamps.parse(text)).as(text).isEqualTo(expected);
    }

    @Test
    void readsTheCommonForms() {
        assertThat(Timestamps.parse("2026-11-21T10:15:30Z")).isEqualTo(Instant.parse("2026-11-21T10:15:30Z"));
        assertThat(Timestamps.parse("2026-11-21T10:15:30.123456789+05:30"))
                .isEqualTo(Instant.parse("2026-11-21T04:45:30.123456789Z"));
        assertThat(Timestamps.parse("2024-02-29T23:59:59.5-01:00")).isEqualTo(Instant.parse("2024-03-01T00:59:59.5Z"));
        assertThatThrownBy(() -> Timestamps.parse("2026-02-29T10:15:30Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse("2026-11-21 10:15:30Z")).isInstanceOf(DateTimeParseException.class);
    }

    /** Mostly well-formed timestamps, with every part sometimes out of range or mangled. */
    @Provide
    Arbitrary<String> timestamps() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(1900, 2100).map(y -> String.format("%04d", y)),
                Arbitraries.strings().withChars("0123456789+-x").ofMinLength(0).ofMaxLength(6));
        Arbitrary<String> month = twoDigits(0, 13);
        Arbitrary<String> day = twoDigits(0, 32);
        Arbitrary<String> hour = twoDigits(0, 25);
        Arbitrary<String> minute = twoDigits(0, 60);
        Arbitrary<String> second = twoDigits(0, 61);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11).map(f -> "." + f));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:01",
                        "+05:30", "+0530", "+05:30:15", "+5:30", "-19:00", "+14:60"),
                Combinators.combine(Arbitraries.of("+", "-"), twoDigits(0, 19), twoDigits(0, 60)).as((s, h, m) -> s + h + ":" + m));
        Arbitrary<String> t = Arbitraries.of("T", "T", "T", "t", " ");
        return Combinators.combine(year, month, day, t, hour, minute, second, fraction)
                .as((y, mo, d, sep, h, mi, s, f) -> y + "-" + mo + "-" + d + sep + h + ":" + mi + ":" + s + f)
                .flatMap(prefix -> offset.map(o -> prefix + o));
    }

    private static Arbitrary<String> twoDigits(int min, int max) {
        return Arbitraries.oneOf(Arbitraries.integers().between(min, max).map(n -> String.format("%02d", n)),
                Arbitraries.of("1", "001", "a1", "-1", "+1"));
    }
}
