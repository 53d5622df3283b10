package dev.bulwark.engine.cel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CEL's "undeclared reference to 'features'" into what an analyst needs: which qualified name is unknown,
 * and the declared name closest to it.
 */
final class UnknownNames {
    private static final Pattern QUALIFIED = Pattern.compile("\\b((?:features|event\\.data|event|enforcement\\.[a-z_]+)\\.[A-Za-z0-9_]+)");

    private UnknownNames() {
    }

    /** One problem per unknown qualified name in {@code expression}, with a suggestion when one is close. */
    static List<String> explain(String expression, Collection<String> declared) {
        List<String> problems = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(expression);
        while (m.find()) {
            String name = m.group(1);
            if (declared.contains(name) || declared.stream().anyMatch(d -> d.startsWith(name + "."))) {
                continue;
            }
            String closest = closest(name, declared);
            int column = m.start(1) + 1;
            problems.add("column " + column + ": unknown name '" + name + "'"
                    + (closest.isEmpty() ? "" : "; did you mean '" + closest + "'?"));
        }
        return problems;
    }

    private static String closest(String name, Collection<String> declared) {
        String best = "";
        int bestDistance = Math.max(3, name.length() / 3) + 1;
        for (String candidate : declared) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
