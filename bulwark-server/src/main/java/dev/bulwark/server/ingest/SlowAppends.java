package dev.bulwark.server.ingest;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Notices journal appends that took longer than {@link #THRESHOLD_NANOS}: every event of such a batch waited that
 * long for its reply, and the cause is nearly always the disk's sync (on the 2-core benchmark VM most of the open
 * loop's worst 100 ms windows hold an append of 25–130 ms, all of it the event log's write and sync,
 * docs/benchmarks.md). At most one report per {@link #EVERY_NANOS}
 * says how many there were since the last, and the longest, so an operator can line a latency spike up with the
 * disk without a line per append. Slow appends held back are reported with the first append a second or more after
 * the last report.
 *
 * <p>Used by the one writer thread only.
 */
final class SlowAppends {
    /** The histogram bucket of {@code bulwark_journal_append_seconds} above which an append counts as slow: 25 ms. */
    static final long THRESHOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** What the slow appends since the last report came to. */
    record Report(int appends, long longestNanos, int longestEvents, long periodNanos) {
        String message() {
            return String.format("%d journal append%s took over %d ms in the last %.1f s, the longest %.1f ms "
                            + "(%d event%s waited on it for their replies): the disk's sync was slow",
                    appends, appends == 1 ? "" : "s", TimeUnit.NANOSECONDS.toMillis(THRESHOLD_NANOS),
                    periodNanos / 1e9, longestNanos / 1e6, longestEvents, longestEvents == 1 ? "" : "s");
        }
    }

    private final LongSupplier nanoTime;
    private long since;
    private int appends;
    private long longest;
    private int longestEvents;

    SlowAppends(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.since = nanoTime.getAsLong() - EVERY_NANOS;
    }

    /** Notes an append of {@code events} that took {@code nanos}; returns a report when one is due. */
    Optional<Report> note(long nanos, int events) {
        if (nanos <= THRESHOLD_NANOS && appends == 0) {
            return Optional.empty();
        }
        if (nanos > THRESHOLD_NANOS) {
            appends++;
            if (nanos > longest) {
                longest = nanos;
                longestEvents = events;
            }
        }
        long now = nanoTime.getAsLong();
        if (now - since < EVERY_NANOS) {
            return Optional.empty();
        }
        Report report = new Report(appends, longest, longestEvents, now - since);
        since = now;
        appends = 0;
        longest = 0;
        longestEvents = 0;
        return Optional.of(report);
    }
}
