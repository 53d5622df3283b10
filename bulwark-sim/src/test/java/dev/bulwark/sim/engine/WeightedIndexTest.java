package dev.bulwark.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WeightedIndexTest {
    @Property(tries = 200)
    void samples_only_indices_with_weight(@ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 5) Double> weights,
                                          @ForAll @DoubleRange(min = 0, max = 0.99) double u) {
        WeightedIndex index = new WeightedIndex();
        weights.forEach(index::add);
        int i = index.sample(u);
        if (index.total() <= 1e-12) {
            assertThat(i).isEqualTo(-1);
        } else {
            assertThat(i).isBetween(0, weights.size() - 1);
            assertThat(weights.get(i)).isPositive();
        }
    }

    @Test
    void sampling_follows_the_weights_and_zero_removes() {
        WeightedIndex index = new WeightedIndex();
        index.add(1);
        index.add(3);
        index.add(6);
        int[] counts = new int[3];
        Rng rng = new Rng(5);
        for (int n = 0; n < 100_000; n++) {
            counts[index.sample(rng.u())]++;
        }
        assertThat(counts[0] / 100_000.0).isCloseTo(0.1, within(0.01));
        assertThat(counts[2] / 100_000.0).isCloseTo(0.6, within(0.01));
        index.set(2, 0);
        for (int n = 0; n < 1000; n++) {
            assertThat(index.sample(rng.u())).isNotEqualTo(2);
        }
    }
}
