package dev.bulwark.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    @Test
    void runs_actions_in_time_order_then_in_scheduling_order() {
        Scheduler s = new Scheduler(0, 1000);
        List<String> log = new ArrayList<>();
        s.at(50, () -> log.add("b@" + s.now()));
        s.at(10, () -> {
            log.add("a@" + s.now());
            s.after(40, () -> log.add("c@" + s.now()));
        });
        s.at(2000, () -> log.add("never"));
        while (s.step()) {
            // drain
        }
        assertThat(log).containsExactly("a@10", "b@50", "c@50");
    }

    @Test
    void an_action_in_the_past_runs_now() {
        Scheduler s = new Scheduler(100, 1000);
        List<Long> times = new ArrayList<>();
        s.at(500, () -> s.at(0, () -> times.add(s.now())));
        while (s.step()) {
            // drain
        }
        assertThat(times).containsExactly(500L);
    }
}
