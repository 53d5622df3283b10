package dev.bulwark.app.replay;

import dev.bulwark.core.decision.Outcome;
import dev.bulwark.core.event.Event;
import java.util.LinkedHashMap;
import java.util.Map;

/** Adds up the value attack events move, and the part of it stopped (blocked or held), per kind. */
final class ValueTally {
    private final long[] events = new long[ValueKind.values().length];
    private final long[] caught = new long[ValueKind.values().length];
    private final double[] usd = new double[ValueKind.values().length];
    private final double[] caughtUsd = new double[ValueKind.values().length];

    void add(Event event, Outcome outcome) {
        ValueKind.of(event.type()).ifPresent(kind -> {
            int i = kind.ordinal();
            double value = kind.usd(event);
            events[i]++;
            usd[i] += value;
            if (outcome == Outcome.HOLD || outcome == Outcome.BLOCK) {
                caught[i]++;
                caughtUsd[i] += value;
            }
        });
    }

    Map<String, ValueCaught> report() {
        Map<String, ValueCaught> out = new LinkedHashMap<>();
        double all = 0;
        double allCaught = 0;
        long n = 0;
        long nCaught = 0;
        for (ValueKind kind : ValueKind.values()) {
            int i = kind.ordinal();
            out.put(kind.key(), new ValueCaught(kind.source(), events[i], usd[i], caught[i], caughtUsd[i],
                    Ratio.of(caughtUsd[i], usd[i])));
            all += usd[i];
            allCaught += caughtUsd[i];
            n += events[i];
            nCaught += caught[i];
        }
        out.put("total", new ValueCaught("all of the above", n, all, nCaught, allCaught, Ratio.of(allCaught, all)));
        return out;
    }
}
