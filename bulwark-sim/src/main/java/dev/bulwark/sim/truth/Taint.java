package dev.bulwark.sim.truth;

import dev.bulwark.sim.Typology;
import java.util.Objects;

/** The mark on a malicious entity: the typology it was created for and the ring that controls it. */
public record Taint(Typology typology, String ringId) {
    public Taint {
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(ringId, "ringId");
    }
}
