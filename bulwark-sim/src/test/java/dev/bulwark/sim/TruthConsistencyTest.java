package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.EntityRef;
import dev.bulwark.core.event.EventCatalog;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TruthConsistencyTest {
    private static final Set<String> TAKEOVERS = Set.of("account_takeover", "sim_swap_takeover", "payout_takeover");
    private final SmallRun run = SmallRun.get();

    @Test
    void the_header_is_as_documented() throws Exception {
        String first = java.nio.file.Files.readAllLines(run.dir.resolve("truth.csv")).get(0);
        assertThat(first).isEqualTo("kind,id,time,type,role,typology,ring_id,actor");
    }

    @Test
    void every_event_has_exactly_one_event_row_in_stream_order() {
        List<String[]> rows = run.eventRows();
        assertThat(rows).hasSameSizeAs(run.events);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> e = run.events.get(i);
            String[] r = rows.get(i);
            assertThat(r[1]).isEqualTo(e.get("id"));
            assertThat(r[2]).isEqualTo(e.get("time"));
            assertThat(r[3]).isEqualTo(e.get("type"));
        }
    }

    @Test
    void roles_typologies_and_rings_are_well_formed() {
        for (String[] r : run.eventRows()) {
            assertThat(r).hasSize(8);
            assertThat(r[4]).isIn("attack", "cover", "benign", "label");
            if (r[4].equals("benign")) {
                assertThat(r[5]).isEmpty();
                assertThat(r[6]).isEmpty();
            } else if (!r[4].equals("label")) {
                assertThat(r[5]).isNotEmpty();
                assertThat(r[6]).startsWith("r-");
            }
            if (r[3].equals("label") || r[3].equals("chargeback.received")) {
                assertThat(r[4]).isEqualTo("label");
            } else {
                assertThat(r[4]).isNotEqualTo("label");
            }
            assertThat(EntityRef.parse(r[7])).isNotNull();
        }
    }

    @Test
    void times_never_decrease_across_all_rows() {
        String previous = "";
        for (String[] r : run.truth) {
            assertThat(r[2]).isGreaterThanOrEqualTo(previous);
            previous = r[2];
        }
    }

    @Test
    void every_malicious_actor_has_an_entity_row_before_it_acts() {
        Set<String> announced = new HashSet<>();
        for (String[] r : run.truth) {
            if (r[0].equals("entity")) {
                assertThat(announced.add(r[1])).as("entity row once: %s", r[1]).isTrue();
                assertThat(r[3]).isEqualTo(EntityRef.parse(r[1]).type().key());
                assertThat(r[4]).isEqualTo("attack");
                assertThat(r[5]).isNotEmpty();
                assertThat(r[6]).isNotEmpty();
            } else if (r[4].equals("cover") || (r[4].equals("attack") && !TAKEOVERS.contains(r[5]) && !r[7].startsWith("buyer:") )) {
                assertThat(announced).as("actor of %s %s", r[3], r[1]).contains(r[7]);
            }
        }
    }

    @Test
    void malicious_buyers_acting_in_attacks_are_recorded_unless_victims_or_unknown_accounts() {
        Set<String> announced = new HashSet<>();
        int checked = 0;
        for (String[] r : run.truth) {
            if (r[0].equals("entity")) {
                announced.add(r[1]);
            } else if (r[4].equals("attack") && r[7].startsWith("buyer:") && !TAKEOVERS.contains(r[5])
                    && !r[3].equals("account.login")) {
                assertThat(announced).as("buyer acting in %s %s", r[5], r[3]).contains(r[7]);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void label_events_point_at_earlier_events_and_entities() {
        Map<String, String> roleById = new HashMap<>();
        Set<String> seenEntities = new HashSet<>();
        Set<String> maliciousSoFar = new HashSet<>();
        int fraudLabels = 0;
        int legitLabels = 0;
        int i = 0;
        for (String[] row : run.truth) {
            if (row[0].equals("entity")) {
                maliciousSoFar.add(row[1]);
                continue;
            }
            Map<String, Object> e = run.events.get(i++);
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) e.get("data");
            String type = (String) e.get("type");
            if (type.equals("label")) {
                boolean fraud = data.get("label").equals("fraud");
                Object eventId = data.get("event_id");
                if (eventId != null) {
                    assertThat(roleById).containsKey((String) eventId);
                    if (fraud) {
                        assertThat(roleById.get(eventId)).isEqualTo("attack");
                    }
                }
                if (data.get("entity_id") != null) {
                    String ref = data.get("entity_type") + ":" + data.get("entity_id");
                    assertThat(seenEntities).as("labelled entity %s", ref).contains(ref);
                    if (data.get("source").equals("investigation")) {
                        assertThat(maliciousSoFar).contains(ref);
                    }
                    if (!fraud) {
                        assertThat(maliciousSoFar).as("cleared on appeal").doesNotContain(ref);
                    }
                }
                if (fraud) {
                    fraudLabels++;
                } else {
                    legitLabels++;
                }
            } else {
                EventCatalog.find(type).orElseThrow().entities(data).forEach(ref -> seenEntities.add(ref.toString()));
            }
            roleById.put((String) e.get("id"), row[4]);
        }
        assertThat(fraudLabels).isGreaterThan(20);
        assertThat(legitLabels).isGreaterThan(0);
    }

    @Test
    void the_summary_matches_the_files() {
        SimSummary s = run.summary;
        assertThat(s.events()).isEqualTo(run.events.size());
        assertThat(s.maliciousEntities()).isEqualTo(run.entityRows().size());
        long attacks = run.eventRows().stream().filter(r -> r[4].equals("attack")).count();
        assertThat(s.attackEvents()).isEqualTo(attacks);
        assertThat(s.rings()).isPositive();
    }
}
