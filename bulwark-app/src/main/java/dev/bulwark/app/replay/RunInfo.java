package dev.bulwark.app.replay;

import java.util.Objects;

/** What was evaluated: the events and truth files, the strategy directory and bundle version, and how many events were decided. */
public record RunInfo(String events, String truth, String strategies, String bundleVersion, long decided) {
    public RunInfo {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
    }
}
