package dev.bulwark.sim.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    @Test
    void the_disposable_domain_list_is_clean() {
        List<String> domains = Resources.disposableDomains();
        assertThat(domains).hasSizeGreaterThan(40).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d).matches("[a-z0-9.-]+\\.[a-z]{2,}"));
        for (Region r : Region.values()) {
            assertThat(r.webmail()).doesNotContainAnyElementsOf(domains);
        }
    }

    @Test
    void the_ip_plan_covers_every_region_and_kind() {
        Networks networks = new Networks(new dev.bulwark.sim.engine.Rng(1), 0.1);
        dev.bulwark.sim.engine.Rng rng = new dev.bulwark.sim.engine.Rng(2);
        for (Region r : Region.values()) {
            assertThat(networks.residential(r, rng).id).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
            assertThat(networks.mobile(r, rng).id).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        }
        assertThat(networks.hosting(rng).id).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
    }
}
