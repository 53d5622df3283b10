package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account of any kind, with the identifiers it signs in and registers with. */
public abstract class Account extends Entity {
    /** Home region. */
    public final Region region;
    /** When the account was created; before the run for accounts that existed already. */
    public final long createdAt;
    /** Registration email. */
    public Entity email;
    /** Phone, when one was given. */
    public @Nullable Entity phone;
    /** Devices in the order first used; the first is the usual one. */
    public final List<Entity> devices = new ArrayList<>(2);
    /** The usual home IP address. */
    public Entity homeIp;
    /** Whether the user mostly connects through a mobile carrier (shared carrier IPs). */
    public boolean mobile;
    /** Set once an investigation has confirmed fraud: the platform has banned the account. */
    public boolean banned;

    /** An account of the given type. */
    protected Account(EntityType type, String id, Region region, long createdAt, Entity email, Entity device, Entity homeIp) {
        super(type, id);
        this.region = region;
        this.createdAt = createdAt;
        this.email = email;
        this.devices.add(device);
        this.homeIp = homeIp;
    }

    /** The account type as events name it: {@code buyer}, {@code seller} or {@code creator}. */
    public final String kind() {
        return type.key();
    }

    /** The usual device. */
    public final Entity device() {
        return devices.get(0);
    }
}
