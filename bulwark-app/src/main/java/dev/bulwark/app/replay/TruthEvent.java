package dev.bulwark.app.replay;

import java.util.Objects;

/** The ground truth of one event: its id and type, its role, its typology (empty when benign) and the acting account. */
public record TruthEvent(String id, String type, Role role, String typology, String actor) {
    public TruthEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(actor, "actor");
    }
}
