package dev.bulwark.sim.engine;

import java.util.PriorityQueue;

/**
 * The simulated clock and its queue of future actions. Actions run in time order, ties in the order they were
 * scheduled, so every event an action emits carries a time no earlier than any before it.
 */
public final class Scheduler {
    private record Task(long time, long seq, Action action) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>(1 << 16);
    private final long start;
    private final long end;
    private long now;
    private long seq;

    /** A scheduler for the half-open interval {@code [start, end)} in epoch milliseconds. */
    public Scheduler(long start, long end) {
        this.start = start;
        this.end = end;
        this.now = start;
    }

    /** The current simulated time in epoch milliseconds. */
    public long now() {
        return now;
    }

    /** The start of the run. */
    public long start() {
        return start;
    }

    /** The end of the run (exclusive). */
    public long end() {
        return end;
    }

    /** The fraction of the run already simulated. */
    public double fraction() {
        return (double) (now - start) / (end - start);
    }

    /** Schedules {@code action} at {@code time}, or now if that is in the past; actions at or after the end never run. */
    public void at(long time, Action action) {
        long t = Math.max(time, now);
        if (t < end) {
            queue.add(new Task(t, seq++, action));
        }
    }

    /** Schedules {@code action} {@code delay} milliseconds from now. */
    public void after(long delay, Action action) {
        at(now + Math.max(0, delay), action);
    }

    /** Runs the next action; false when nothing is left to run. */
    public boolean step() {
        Task task = queue.poll();
        if (task == null) {
            return false;
        }
        now = task.time;
        task.action.run();
        return true;
    }

    /** Actions waiting to run. */
    public int pending() {
        return queue.size();
    }
}
