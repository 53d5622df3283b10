package dev.bulwark.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class EventDataTest {
    /** Any set of fields reads back as the map it was made from, in order, whatever key instance asks. */
    @Property(tries = 500)
    void behavesAsTheMapItWasMadeFrom(@ForAll @Size(max = 40) List<@StringLength(max = 6) String> keys,
                                      @ForAll @Size(max = 10) List<@StringLength(max = 6) String> probes) {
        Map<String, Object> source = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            source.put(keys.get(i), i % 5 == 0 ? null : (Object) (long) i);
        }
        EventData data = new EventData(source);
        assertThat(data).isEqualTo(source).hasSameHashCodeAs(source);
        assertThat(List.copyOf(data.keySet())).isEqualTo(List.copyOf(source.keySet()));
        for (String key : source.keySet()) {
            String copy = new String(key.toCharArray());
            assertThat(data.get(copy)).isEqualTo(source.get(key));
            assertThat(data.containsKey(copy)).isTrue();
        }
        for (String probe : probes) {
            assertThat(data.get(probe)).isEqualTo(source.get(probe));
            assertThat(data.containsKey(probe)).isEqualTo(source.containsKey(probe));
        }
        assertThat(data.get(42)).isNull();
    }

    @Test
    void anEventKeepsItsDataInOrderAndUnmodifiable() {
        Map<String, Object> source = new HashMap<>(Map.of("b", 1L));
        Event event = new Event("e1", "order.placed", "test", java.time.Instant.EPOCH,
                new LinkedHashMap<>(Map.of("z", "last")));
        assertThat(event.data()).containsExactly(Map.entry("z", "last"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> event.data().put("a", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        Event shifted = new Event("e2", event.type(), event.source(), java.time.Instant.EPOCH, event.data());
        assertThat(shifted.data()).isSameAs(event.data());
        assertThat(new Event("e3", "order.placed", "test", java.time.Instant.EPOCH, source).data()).isEqualTo(source);
    }
}
