package dev.bulwark.server;

import dev.bulwark.core.decision.Enforcement;
import dev.bulwark.core.list.ListEntry;
import dev.bulwark.server.port.EnforcementSink;
import dev.bulwark.server.port.ListMembership;
import dev.bulwark.server.port.ReloadOutcome;
import dev.bulwark.server.port.StrategyReloader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** In-memory fakes of the engine's seams that record what they were told. */
public final class Fakes {
    private Fakes() {
    }

    /** A reloader answering with whatever outcome was set last. */
    public static final class Reloader implements StrategyReloader {
        private volatile ReloadOutcome next = new ReloadOutcome.Reloaded("v2");
        private volatile int calls;

        /** Sets the outcome of the next reloads. */
        public void answer(ReloadOutcome outcome) {
            next = outcome;
        }

        /** How many reloads were asked for. */
        public int calls() {
            return calls;
        }

        @Override
        public ReloadOutcome reload() {
            calls++;
            return next;
        }
    }

    /** A membership sink recording each change as {@code +list:value} or {@code -list:value}. */
    public static final class Membership implements ListMembership {
        private final List<String> changes = new CopyOnWriteArrayList<>();

        /** The changes so far. */
        public List<String> changes() {
            return List.copyOf(changes);
        }

        @Override
        public void put(String list, ListEntry entry) {
            changes.add("+" + list + ":" + entry.value());
        }

        @Override
        public void remove(String list, String value) {
            changes.add("-" + list + ":" + value);
        }
    }

    /** An enforcement sink recording reversals. */
    public static final class Reversals implements EnforcementSink {
        private final List<Enforcement> reversed = new CopyOnWriteArrayList<>();

        /** The enforcements reported reversed. */
        public List<Enforcement> reversed() {
            return List.copyOf(reversed);
        }

        @Override
        public void reversed(Enforcement enforcement) {
            reversed.add(enforcement);
        }
    }
}
