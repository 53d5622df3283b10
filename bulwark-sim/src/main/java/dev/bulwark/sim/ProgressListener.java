package dev.bulwark.sim;

/** Receives progress reports while a simulation runs. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = (fraction, events) -> { };

    /** Reports the fraction of simulated time done (0 to 1) and the events written so far. */
    void progress(double fraction, long events);

    /** Called once when the run has finished; by default reports completion. */
    default void done(long events) {
        progress(1.0, events);
    }
}
