package dev.bulwark.engine.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.EntityType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EntityTableTest {
    private static final EntityLayout LAYOUT = new EntityLayout(EntityType.DEVICE, List.of());
    private static final long IDLE = 300;

    /**
     * The store finds what a hash map finds, through growth and sweeps: a state it no longer has was idle, and after a
     * full pass it holds exactly the states that are not.
     */
    @Property(tries = 100)
    void behavesLikeAMapThatDropsIdleStates(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 5000) Integer> ids) {
        InMemoryFeatureStore store = new InMemoryFeatureStore();
        Map<String, EntityState> model = new HashMap<>();
        long time = 0;
        for (int id : ids) {
            String key = "d-" + id;
            EntityState state = store.find(EntityType.DEVICE, key);
            EntityState expected = model.get(key);
            if (state == null && expected != null) {
                assertThat(expected.lastSeenMillis()).as("a dropped state was idle").isLessThan(time - IDLE);
                model.remove(key);
                expected = null;
            }
            assertThat(state).isSameAs(expected);
            if (state == null) {
                state = new EntityState(LAYOUT);
                store.put(EntityType.DEVICE, key, state);
                model.put(key, state);
            }
            state.touch(++time);
            store.sweep(EntityType.DEVICE, time - IDLE);
        }
        long cutoff = time - IDLE;
        fullPass(store, cutoff);
        model.values().removeIf(s -> s.lastSeenMillis() < cutoff);

        assertThat(store.size()).isEqualTo(model.size());
        model.forEach((key, state) -> assertThat(store.find(EntityType.DEVICE, key)).isSameAs(state));
        for (int id = 0; id <= 5000; id++) {
            assertThat(store.find(EntityType.DEVICE, "d-" + id)).isSameAs(model.get("d-" + id));
        }
    }

    @Test
    void aTableWhosePopulationLeftShrinksAndKeepsTheRest() {
        InMemoryFeatureStore store = new InMemoryFeatureStore();
        for (int i = 0; i < 100_000; i++) {
            EntityState state = new EntityState(LAYOUT);
            state.touch(i < 1_000 ? 1_000_000 : 1);
            store.put(EntityType.DEVICE, "d-" + i, state);
        }
        long before = store.bytes();

        fullPass(store, 2);
        fullPass(store, 2);

        assertThat(store.size()).isEqualTo(1_000);
        assertThat(store.bytes()).isLessThan(before / 20);
        for (int i = 0; i < 100_000; i++) {
            assertThat(store.find(EntityType.DEVICE, "d-" + i) != null).isEqualTo(i < 1_000);
        }
    }

    private static void fullPass(InMemoryFeatureStore store, long cutoff) {
        for (int i = 0; i < EntityTable.PASS_SLICES + 1; i++) {
            store.sweep(EntityType.DEVICE, cutoff);
        }
    }
}
