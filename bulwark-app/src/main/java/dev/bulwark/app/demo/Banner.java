package dev.bulwark.app.demo;

import dev.bulwark.server.auth.Role;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the demo prints once the node is up: where it is, where the tokens are (never the tokens), what traffic is
 * coming, and commands to paste into another shell.
 *
 * @param node the node's base address
 * @param store what happened to the store, in a few words
 * @param storeUrl the store's description
 * @param strategies the strategy version deciding
 * @param tokens the token file
 * @param settings the demo's settings
 * @param simStart the first simulated instant
 * @param decisionId an event id whose decision is stored, for the example; empty if none is known yet
 */
record Banner(URI node, String store, String storeUrl, String strategies, Path tokens, DemoSettings settings,
              Instant simStart, Optional<String> decisionId) {
    /** The lines to print. */
    List<String> lines() {
        String base = node.toString().replaceAll("/$", "");
        String roles = Arrays.stream(Role.values()).map(Role::key).collect(Collectors.joining(", "));
        long minutes = Math.round((double) settings.days() * DemoSettings.EVENTS_PER_DAY / settings.rate() / 60);
        String stop = settings.timed() ? "stops by itself after " + Report.clock(settings.duration())
                : "Ctrl-C stops it";
        return List.of(
                "Bulwark demo: a simulated marketplace streams through a live node.",
                "  node      " + base + " · strategies " + strategies,
                "  store     " + storeUrl,
                "            " + store,
                "  tokens    " + tokens + " (one per role: " + roles + ")",
                String.format(Locale.ROOT, "  traffic   seed %d · %d simulated days from %s · fraud campaigns ×%s · %d events/s",
                        settings.seed(), settings.days(), simStart.atOffset(ZoneOffset.UTC).toLocalDate(),
                        fraud(settings.fraudRate()), settings.rate()),
                "            to POST /v1/events/batch, about " + minutes + " minutes of it; " + stop,
                "",
                "Look around from another shell:",
                "  TOKEN=$(awk '$2 == \"analyst\" {print $3; exit}' " + tokens + ")",
                "  curl -s " + base + "/healthz",
                "  curl -s -H \"Authorization: Bearer $TOKEN\" '" + base + "/v1/alerts?status=open&limit=5'",
                "  curl -s -H \"Authorization: Bearer $TOKEN\" " + base + "/v1/decisions/" + decisionId.orElse("<event id>"),
                "  curl -s " + base + "/metrics | grep -E '^bulwark_(decisions|rule_hits)_total'",
                "",
                "Every 5 seconds: events sent, decisions per second, outcomes, alerts, the rules firing most, and",
                "attacks caught (an attack event is caught when the node does not simply allow it; the simulator's",
                "ground truth stays in the demo and is never sent to the node).");
    }

    private static String fraud(double factor) {
        return factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor);
    }
}
