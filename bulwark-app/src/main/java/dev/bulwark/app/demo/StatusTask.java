package dev.bulwark.app.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/** Prints a status block when called, if anything happened since the last one; runs on the demo's scheduler. */
final class StatusTask implements Runnable {
    private final Tally tally;
    private final Supplier<Map<String, Double>> ruleHits;
    private final PrintStream out;
    private final Clock clock;
    private final Instant started;
    private Tally.Snapshot previous;
    private Instant previousAt;

    StatusTask(Tally tally, Supplier<Map<String, Double>> ruleHits, PrintStream out, Clock clock, Instant started) {
        this.tally = tally;
        this.ruleHits = ruleHits;
        this.out = out;
        this.clock = clock;
        this.started = started;
        this.previous = tally.snapshot();
        this.previousAt = started;
    }

    @Override
    public void run() {
        try {
            print();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; say why instead of going silent.
            out.println("(status unavailable: " + e + ")");
        }
    }

    private void print() {
        Instant now = clock.instant();
        Tally.Snapshot current = tally.snapshot();
        if (current.sent() == previous.sent() && current.decided() == previous.decided() && previous.sent() > 0) {
            return;
        }
        Report.status(Duration.between(started, now), current, previous, Duration.between(previousAt, now), ruleHits.get())
                .forEach(out::println);
        previous = current;
        previousAt = now;
    }
}
