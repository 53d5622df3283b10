package dev.bulwark.sim;

import java.util.Objects;

/**
 * One row of {@code truth.csv}: an event with its role, or a malicious entity at its first appearance.
 *
 * @param kind {@code event} or {@code entity}
 * @param id the event id, or {@code type:id} for an entity
 * @param timeMillis event time, or the entity's first appearance, in epoch milliseconds
 * @param type the event type, or the entity type key
 * @param role what the row is
 * @param typology the typology key, empty for benign rows
 * @param ringId the ring, empty for benign rows
 * @param actor the acting account as {@code type:id}; for a label, the labelled entity
 */
public record TruthRow(Kind kind, String id, long timeMillis, String type, Role role, String typology, String ringId,
                       String actor) {
    /** The CSV header line, without a line break. */
    public static final String HEADER = "kind,id,time,type,role,typology,ring_id,actor";

    /** Whether a row describes an event or an entity. */
    public enum Kind {
        EVENT, ENTITY;

        /** The lower-case name written to the file. */
        public String key() {
            return this == EVENT ? "event" : "entity";
        }
    }

    public TruthRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(ringId, "ringId");
        Objects.requireNonNull(actor, "actor");
    }
}
