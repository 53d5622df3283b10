package dev.bulwark.sim.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class TimestampsTest {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);
    private final Timestamps timestamps = new Timestamps();

    @Property(tries = 500)
    void formats_like_the_jdk_with_milliseconds(@ForAll @LongRange(min = 0, max = 4_102_444_799_999L) long millis) {
        String text = timestamps.format(millis);
        assertThat(text).isEqualTo(MILLIS.format(Instant.ofEpochMilli(millis)));
        assertThat(Instant.parse(text)).isEqualTo(Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.MILLIS));
    }
}
