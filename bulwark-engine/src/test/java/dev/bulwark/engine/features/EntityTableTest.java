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

class EntityTableTest {
    private static final EntityLayout LAYOUT = new EntityLayout(EntityType.DEVICE, List.of());

    /** The store finds exactly what a hash map finds, through growth and expiry. */
    @Property(tries = 100)
    void behavesLikeAMap(@ForAll @Size(max = 3000) List<@IntRange(min = 0, max = 5000) Integer> ids) {
        InMemoryFeatureStore store = new InMemoryFeatureStore();
        Map<String, EntityState> model = new HashMap<>();
        long time = 0;
        for (int id : ids) {
            String key = "d-" + id;
            EntityState state = store.find(EntityType.DEVICE, key);
            assertThat(state).isSameAs(model.get(key));
            if (state == null) {
                state = new EntityState(LAYOUT);
                store.put(EntityType.DEVICE, key, state);
                model.put(key, state);
            }
            state.touch(++time);
            if (time % 500 == 0) {
                long cutoff = time - 300;
                store.expire(EntityType.DEVICE, cutoff);
                model.values().removeIf(s -> s.lastSeenMillis() < cutoff);
            }
        }
        assertThat(store.size()).isEqualTo(model.size());
        model.forEach((key, state) -> assertThat(store.find(EntityType.DEVICE, key)).isSameAs(state));
    }
}
