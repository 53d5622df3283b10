package dev.bulwark.sim.engine;

/** Something the simulation does at a scheduled instant; it may emit events and schedule further actions. */
@FunctionalInterface
public interface Action {
    /** Performs the action at the scheduler's current time. */
    void run();
}
