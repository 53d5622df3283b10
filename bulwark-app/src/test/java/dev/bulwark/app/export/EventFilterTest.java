package dev.bulwark.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which stored events an export keeps, read from the envelope alone. */
class EventFilterTest {
    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private static byte[] event(String type, String time) {
        return ("{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"t\",\"data\":{\"type\":\"label\",\"time\":\"2000-01-01T00:00:00Z\","
                + "\"nested\":[{\"type\":\"x\"}]},\"type\":\"" + type + "\",\"time\":\"" + time + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheTypesAskedForByTheEnvelopeNotByFieldsInsideData() {
        EventFilter orders = new EventFilter(Set.of("order.placed"), Optional.empty(), Optional.empty());

        assertThat(orders.test(event("order.placed", "2026-12-01T12:00:00Z"))).isTrue();
        assertThat(orders.test(event("label", "2026-12-01T12:00:00Z"))).isFalse();
    }

    @Test
    void sinceIsInclusiveAndUntilExclusiveOnTheEnvelopesTime() {
        EventFilter hour = new EventFilter(Set.of(), Optional.of(NOON), Optional.of(NOON.plusSeconds(3600)));

        assertThat(hour.test(event("label", "2026-12-01T11:59:59.999Z"))).isFalse();
        assertThat(hour.test(event("label", "2026-12-01T12:00:00Z"))).isTrue();
        assertThat(hour.test(event("label", "2026-12-01T12:59:59.999999Z"))).isTrue();
        assertThat(hour.test(event("label", "2026-12-01T13:00:00Z"))).isFalse();
    }

    @Test
    void noConditionsKeepsEverythingWithoutReadingIt() {
        EventFilter all = new EventFilter(Set.of(), Optional.empty(), Optional.empty());

        assertThat(all.test("not json at all".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void anEmptyOrBackwardsRangeIsRefused() {
        assertThatThrownBy(() -> new EventFilter(Set.of(), Optional.of(NOON), Optional.of(NOON)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--since must be before --until");
    }
}
