package dev.bulwark.sim.population;

/** Where an account acts from during one visit: a device and an IP address. */
public record Session(Entity device, Entity ip) {
}
