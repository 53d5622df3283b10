package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.sim.truth.Taint;
import org.jspecify.annotations.Nullable;

/** Anything an event names by identifier; a malicious one carries a {@link Taint} until its first appearance is recorded. */
public class Entity {
    /** The entity type. */
    public final EntityType type;
    /** The identifier as it appears in events. */
    public final String id;
    private @Nullable Taint taint;
    private boolean announced;
    private @Nullable String ref;

    /** An entity of the given type and identifier. */
    public Entity(EntityType type, String id) {
        this.type = type;
        this.id = id;
    }

    /** The taint, when this entity is malicious. */
    public final @Nullable Taint taint() {
        return taint;
    }

    /** Marks this entity malicious; the first taint wins. */
    public final void taint(Taint newTaint) {
        if (taint == null) {
            taint = newTaint;
        }
    }

    /** True exactly once for a malicious entity: the first time it appears in an event. */
    public final boolean announce() {
        if (taint != null && !announced) {
            announced = true;
            return true;
        }
        return false;
    }

    /** Whether this entity's first appearance has been recorded. */
    public final boolean announced() {
        return announced;
    }

    /** The entity as {@code type:id}. */
    public final String ref() {
        String r = ref;
        if (r == null) {
            r = type.key() + ":" + id;
            ref = r;
        }
        return r;
    }

    @Override
    public String toString() {
        return ref();
    }
}
