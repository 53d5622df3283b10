package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.event.EventCatalog;
import dev.bulwark.core.event.EventType;
import dev.bulwark.core.event.EventValidator;
import dev.bulwark.core.event.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventValidityTest {
    private final SmallRun run = SmallRun.get();

    @Test
    void every_event_passes_the_catalogue_validator() {
        EventValidator validator = new EventValidator(EventValidator.Limits.DEFAULT);
        Instant now = Instant.parse("2026-11-21T00:00:00Z");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> event : run.events) {
            if (validator.validate(event, now) instanceof Validation.Invalid invalid && problems.size() < 10) {
                problems.add(event.get("type") + " " + invalid.violations());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void envelopes_are_cloudevents_with_unique_ids_and_non_decreasing_times() {
        Set<Object> ids = new HashSet<>();
        String previous = "";
        for (Map<String, Object> event : run.events) {
            assertThat(event).containsEntry("specversion", "1.0").containsEntry("source", "bulwark-sim");
            assertThat(ids.add(event.get("id"))).as("unique id %s", event.get("id")).isTrue();
            String time = (String) event.get("time");
            assertThat(time).endsWith("Z").isGreaterThanOrEqualTo(previous);
            previous = time;
        }
        assertThat(previous).isLessThan(SmallRun.CONFIG.end().toString());
    }

    @Test
    void every_catalogue_event_type_occurs() {
        Set<Object> types = new HashSet<>();
        run.events.forEach(e -> types.add(e.get("type")));
        assertThat(types).containsAll(EventCatalog.all().stream().map(EventType::name).toList());
    }

    @Test
    void label_events_carry_catalogue_typologies() {
        for (Map<String, Object> event : run.events) {
            if (event.get("type").equals("label")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) event.get("data");
                if (data.containsKey("typology")) {
                    assertThat(EventCatalog.TYPOLOGIES).contains((String) data.get("typology"));
                }
            }
        }
    }
}
