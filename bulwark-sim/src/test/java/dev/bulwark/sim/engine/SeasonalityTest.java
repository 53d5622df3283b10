package dev.bulwark.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeasonalityTest {
    private static final long MONDAY = Instant.parse("2026-01-05T00:00:00Z").toEpochMilli();

    @Test
    void the_weekly_average_is_one() {
        double sum = 0;
        int n = 0;
        for (long t = MONDAY; t < MONDAY + 7 * Time.DAY; t += 10 * Time.MINUTE, n++) {
            sum += Seasonality.factor(t, 0);
        }
        assertThat(sum / n).isCloseTo(1.0, within(0.02));
    }

    @Test
    void evenings_are_busier_than_nights_in_local_time() {
        long nineUtc = MONDAY + 21 * Time.HOUR;
        assertThat(Seasonality.factor(nineUtc, 0)).isGreaterThan(3 * Seasonality.factor(nineUtc, 7));
        assertThat(Seasonality.localHour(nineUtc, 7)).isEqualTo(4);
    }

    @Test
    void saturdays_are_busier_than_mondays() {
        assertThat(Seasonality.factor(MONDAY + 5 * Time.DAY + 12 * Time.HOUR, 0))
                .isGreaterThan(Seasonality.factor(MONDAY + 12 * Time.HOUR, 0));
    }
}
