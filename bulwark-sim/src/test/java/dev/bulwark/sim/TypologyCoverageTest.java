package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.sim.population.Resources;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypologyCoverageTest {
    private final SmallRun run = SmallRun.get();

    @Test
    void every_typology_is_planted() {
        Set<String> planted = new HashSet<>();
        run.eventRows().stream().filter(r -> r[4].equals("attack")).forEach(r -> planted.add(r[5]));
        assertThat(planted).containsAll(Arrays.stream(Typology.values()).map(Typology::key).toList());
    }

    @Test
    void the_drift_pattern_starts_at_the_drift_start() {
        SimConfig c = SmallRun.CONFIG;
        long runMillis = c.end().toEpochMilli() - c.start().toEpochMilli();
        String driftStart = Instant.ofEpochMilli(c.start().toEpochMilli() + (long) (runMillis * c.driftStart())).toString();
        List<String[]> drift = run.truth.stream().filter(r -> r[5].equals(Typology.SIM_SWAP_TAKEOVER.key())
                && !r[4].equals("label")).toList();
        assertThat(drift).isNotEmpty();
        assertThat(drift).allSatisfy(r -> assertThat(r[2]).isGreaterThanOrEqualTo(driftStart.replace("Z", "")));
    }

    @Test
    void fraud_actors_send_cover_traffic() {
        long cover = run.eventRows().stream().filter(r -> r[4].equals("cover")).count();
        assertThat(cover).isGreaterThan(100);
    }

    @Test
    void good_users_sometimes_look_odd() {
        int failedLogins = 0;
        int notReceived = 0;
        int hostingLogins = 0;
        int declines = 0;
        List<String> hosting = Resources.lines(Resources.IP_RANGES).stream().filter(l -> l.endsWith(",hosting"))
                .map(l -> l.substring(0, l.indexOf(".0.0/")) + ".").toList();
        List<String[]> rows = run.eventRows();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i)[4].equals("benign")) {
                continue;
            }
            Map<String, Object> e = run.events.get(i);
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) e.get("data");
            switch ((String) e.get("type")) {
                case "account.login" -> {
                    if (Boolean.FALSE.equals(d.get("success"))) {
                        failedLogins++;
                    }
                    String ip = (String) d.get("ip");
                    if (hosting.stream().anyMatch(ip::startsWith)) {
                        hostingLogins++;
                    }
                }
                case "refund.requested" -> {
                    if ("not_received".equals(d.get("reason"))) {
                        notReceived++;
                    }
                }
                case "payment.failed" -> declines++;
                default -> { }
            }
        }
        assertThat(failedLogins).as("mistyped passwords").isGreaterThan(10);
        assertThat(hostingLogins).as("VPNs and travel").isGreaterThan(10);
        assertThat(notReceived).as("genuine not-received claims").isGreaterThan(0);
        assertThat(declines).as("card declines").isGreaterThan(10);
    }
}
