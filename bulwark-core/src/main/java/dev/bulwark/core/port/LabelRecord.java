package dev.bulwark.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Ground truth taken from a {@code label} event: what was labelled, the verdict and where it came from. */
public record LabelRecord(String labelEventId, Instant time, Optional<String> eventId, Optional<String> entity,
                          String label, Optional<String> typology, String source) {
    public LabelRecord {
        Objects.requireNonNull(labelEventId, "labelEventId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(source, "source");
    }
}
