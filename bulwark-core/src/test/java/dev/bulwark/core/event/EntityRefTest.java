package dev.bulwark.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityRefTest {
    @Test
    void parsesWhatItPrints() {
        EntityRef ref = EntityRef.parse("payment_instrument:pi:4");
        assertThat(ref.type()).isEqualTo(EntityType.PAYMENT_INSTRUMENT);
        assertThat(ref.id()).isEqualTo("pi:4");
        assertThat(EntityRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Test
    void refusesMalformedReferencesWithTheReason() {
        assertThatThrownBy(() -> EntityRef.parse("planet:x")).hasMessage("unknown entity type 'planet'");
        assertThatThrownBy(() -> EntityRef.parse("device:")).hasMessageContaining("expected type:id");
    }

    @Test
    void anEventsDataCannotBeChangedAfterwardsAndIsSharedWhenReused() {
        Map<String, Object> data = new HashMap<>(Map.of("order_id", "o"));
        Event first = new Event("e1", "order.delivered", "t", Instant.EPOCH, data);
        data.put("order_id", "changed");
        assertThat(first.data()).containsEntry("order_id", "o");
        Event second = new Event("e2", "order.delivered", "t", Instant.EPOCH, first.data());
        assertThat(second.data()).isSameAs(first.data());
        assertThatThrownBy(() -> first.data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
