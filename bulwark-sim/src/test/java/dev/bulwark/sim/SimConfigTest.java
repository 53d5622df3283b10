package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimConfigTest {
    @Test
    void defaults_start_on_a_fixed_monday_with_every_typology_enabled() {
        SimConfig c = SimConfig.defaults(1, 30);
        assertThat(c.start()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(c.end()).isEqualTo(Instant.parse("2026-02-04T00:00:00Z"));
        assertThat(c.driftStart()).isEqualTo(0.6);
        for (Typology t : Typology.values()) {
            assertThat(c.rates().of(t)).isPositive();
        }
    }

    @Test
    void rates_can_be_changed_scaled_and_switched_off() {
        FraudRates r = FraudRates.defaults().with(Typology.BRUSHING, 9).times(2);
        assertThat(r.of(Typology.BRUSHING)).isEqualTo(18);
        assertThat(FraudRates.none().of(Typology.CARD_TESTING)).isZero();
        assertThatThrownBy(() -> FraudRates.none().with(Typology.BRUSHING, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalid_values_are_refused() {
        SimConfig c = SimConfig.defaults(1, 3);
        assertThatThrownBy(() -> c.withScale(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.withDriftStart(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimConfig.defaults(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
