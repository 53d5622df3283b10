package dev.bulwark.sim.truth;

import dev.bulwark.sim.Role;
import dev.bulwark.sim.Typology;
import org.jspecify.annotations.Nullable;

/** The truth attached to one emitted event: its role and, unless benign, its typology and ring. */
public record Tag(Role role, @Nullable Typology typology, String ringId) {
    /** Good traffic. */
    public static final Tag BENIGN = new Tag(Role.BENIGN, null, "");

    /** A step of an attack. */
    public static Tag attack(Taint taint) {
        return new Tag(Role.ATTACK, taint.typology(), taint.ringId());
    }

    /** An innocent-looking action of a fraud actor. */
    public static Tag cover(Taint taint) {
        return new Tag(Role.COVER, taint.typology(), taint.ringId());
    }

    /** A delayed label, naming the typology and ring when the labelled thing was fraud. */
    public static Tag label(@Nullable Taint taint) {
        return taint == null ? new Tag(Role.LABEL, null, "") : new Tag(Role.LABEL, taint.typology(), taint.ringId());
    }

    /**
     * The tag for an action by {@code actorTaint}'s owner: an attack when part of {@code scheme}, cover when the
     * actor is malicious but acting innocently, benign otherwise.
     */
    public static Tag of(@Nullable Taint actorTaint, @Nullable Taint scheme) {
        if (scheme != null) {
            return attack(scheme);
        }
        return actorTaint == null ? BENIGN : cover(actorTaint);
    }

    /** The typology key, or the empty string. */
    public String typologyKey() {
        return typology == null ? "" : typology.key();
    }
}
