package dev.bulwark.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureValuesTest {
    @Test
    void onlyNonNullValuesAreEntriesInNameOrderAndItEqualsAnOrdinaryMap() {
        FeatureValues values = new FeatureValues(new String[] {"a", "b", "c"}, new Object[] {1.0, null, true});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1.0);
        expected.put("c", true);
        assertThat(values).hasSize(2).containsExactly(Map.entry("a", 1.0), Map.entry("c", true));
        assertThat(values).isEqualTo(expected);
        assertThat(expected).isEqualTo(values);
        assertThat(values.hashCode()).isEqualTo(expected.hashCode());
        assertThat(values.get("b")).isNull();
        assertThat(values.containsKey("b")).isFalse();
    }

    @Test
    void aDecisionKeepsFeatureValuesAsTheyAreAndCopiesOtherMaps() {
        FeatureValues values = new FeatureValues(new String[] {"a"}, new Object[] {2.0});
        Map<String, Object> mutable = new LinkedHashMap<>(Map.of("a", 2.0));
        Decision shared = decision(values);
        Decision copied = decision(mutable);
        mutable.put("b", 3.0);
        assertThat(shared.features()).isSameAs(values);
        assertThat(copied.features()).containsOnlyKeys("a");
        assertThat(shared).isEqualTo(copied);
    }

    private static Decision decision(Map<String, Object> features) {
        return new Decision("e", "order.placed", java.time.Instant.EPOCH, Outcome.ALLOW, 0, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), features, java.util.List.of(), "s", "v", 0);
    }
}
