package dev.bulwark.app.demo;

import dev.bulwark.core.decision.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/** The demo's status blocks and summary as lines of at most {@link #WIDTH} characters. */
final class Report {
    static final int WIDTH = 100;
    private static final String INDENT = "       ";
    private static final int MAX_LINES = 2;

    private Report() {
    }

    /** The status block: counts in {@code now}, the decision rate since {@code before}, and the rules firing most. */
    static List<String> status(Duration elapsed, Tally.Snapshot now, Tally.Snapshot before, Duration interval,
                               Map<String, Double> ruleHits) {
        double seconds = Math.max(0.001, interval.toMillis() / 1000.0);
        long rate = Math.round((now.decided() - before.decided()) / seconds);
        List<String> lines = new ArrayList<>();
        lines.add(clip(String.format(Locale.ROOT, "[%s] %s events sent · %s decisions/s · %s opened",
                clock(elapsed), n(now.sent()), n(rate), alerts(now.alerts()))));
        lines.addAll(details(now, ruleHits));
        return lines;
    }

    /** The closing summary. */
    static List<String> summary(Duration elapsed, Tally.Snapshot total, Map<String, Double> ruleHits) {
        long rate = Math.round(total.decided() / Math.max(0.001, elapsed.toMillis() / 1000.0));
        List<String> lines = new ArrayList<>();
        lines.add(clip(String.format(Locale.ROOT, "Ran %s: %s events sent, %s decided (%s/s on average), %s opened",
                clock(elapsed), n(total.sent()), n(total.decided()), n(rate), alerts(total.alerts()))));
        lines.addAll(details(total, ruleHits));
        return lines;
    }

    private static List<String> details(Tally.Snapshot s, Map<String, Double> ruleHits) {
        List<String> lines = new ArrayList<>();
        lines.addAll(wrap(INDENT + "outcomes  ", Outcome.values().length, i -> {
            Outcome o = Outcome.values()[i];
            return o.key() + " " + n(s.outcomes().getOrDefault(o, 0L));
        }));
        List<Map.Entry<String, Double>> rules = ruleHits.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).toList();
        lines.addAll(rules.isEmpty() ? List.of(INDENT + "top rules none has fired yet")
                : wrap(INDENT + "top rules ", rules.size(), i -> rules.get(i).getKey() + " " + n(Math.round(rules.get(i).getValue()))));
        lines.addAll(attacks(s));
        if (s.refused() + s.failed() > 0 || !s.lastProblem().isEmpty()) {
            lines.add(clip(INDENT + "errors    " + n(s.refused() + s.failed()) + " not decided; last: " + s.lastProblem()));
        }
        return lines;
    }

    private static List<String> attacks(Tally.Snapshot s) {
        Tally.Catches total = s.attackTotal();
        if (total.attacks() == 0) {
            return List.of(INDENT + "attacks   none sent yet");
        }
        List<Map.Entry<String, Tally.Catches>> byTypology = s.attacks().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Tally.Catches> e) -> -e.getValue().attacks())
                        .thenComparing(Map.Entry::getKey)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(INDENT + "attacks   " + n(total.caught()) + " of " + n(total.attacks()) + " attack events caught");
        lines.addAll(wrap(INDENT + "          ", byTypology.size(), i -> byTypology.get(i).getKey() + " "
                + n(byTypology.get(i).getValue().caught()) + "/" + n(byTypology.get(i).getValue().attacks())));
        return lines;
    }

    private static String alerts(long count) {
        return n(count) + (count == 1 ? " alert" : " alerts");
    }

    /** {@code head} and the items separated by dots, on at most {@link #MAX_LINES} lines that fit the width. */
    private static List<String> wrap(String head, int count, IntFunction<String> item) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        boolean first = true;
        for (int i = 0; i < count; i++) {
            String next = (first ? "" : " · ") + item.apply(i);
            if (line.length() + next.length() > WIDTH && !first) {
                lines.add(line.toString());
                if (lines.size() == MAX_LINES) {
                    return lines;
                }
                line = new StringBuilder(" ".repeat(head.length()));
                next = item.apply(i);
            }
            line.append(next);
            first = false;
        }
        lines.add(clip(line.toString()));
        return lines;
    }

    private static String clip(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
    }

    /** A duration as {@code m:ss} or {@code h:mm:ss}. */
    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A count with thousands separators. */
    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
