package dev.bulwark.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void identifiers_are_unique_prefixed_and_look_random() {
        Ids ids = new Ids(1);
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 200_000; i++) {
            String id = ids.next(Ids.Kind.BUYER);
            assertThat(id).matches("b-[0-9a-hjkmnp-tv-z]{8}");
            assertThat(seen.add(id)).isTrue();
            assertThat(id.substring(0, 7)).isNotEqualTo(previous.isEmpty() ? "" : previous.substring(0, 7));
            previous = id;
        }
    }

    @Test
    void other_seeds_give_other_identifiers_and_kinds_count_separately() {
        assertThat(new Ids(1).next(Ids.Kind.DEVICE)).isNotEqualTo(new Ids(2).next(Ids.Kind.DEVICE));
        Ids ids = new Ids(3);
        ids.next(Ids.Kind.ORDER);
        ids.next(Ids.Kind.ORDER);
        assertThat(ids.issued(Ids.Kind.ORDER)).isEqualTo(2);
        assertThat(ids.issued(Ids.Kind.LISTING)).isZero();
    }

    @Property(tries = 200)
    void the_permutation_stays_within_forty_bits_and_is_injective(@ForAll @LongRange(min = 0, max = (1L << 40) - 2) long x,
                                                                  @ForAll long key) {
        long a = Ids.permute(x, key);
        long b = Ids.permute(x + 1, key);
        assertThat(a).isBetween(0L, (1L << 40) - 1);
        assertThat(a).isNotEqualTo(b);
    }
}
