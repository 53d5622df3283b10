package dev.bulwark.app.demo;

import dev.bulwark.sim.Role;
import java.util.Objects;

/**
 * One simulated event on its way to the node, with the simulator's ground truth about it, which is never sent.
 *
 * @param id the event id
 * @param json the CloudEvents JSON the node receives
 * @param role what the event truly is
 * @param typology the attack's typology, empty unless the event is part of one
 */
record SimEvent(String id, String json, Role role, String typology) {
    SimEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(typology, "typology");
    }

    /** Whether the event is a step of an attack. */
    boolean attack() {
        return role == Role.ATTACK;
    }
}
