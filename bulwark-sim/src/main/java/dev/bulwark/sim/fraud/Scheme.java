package dev.bulwark.sim.fraud;

/** One fraud typology's campaign logic. */
interface Scheme {
    /** Starts one campaign by {@code crew} now; it schedules its own later steps. */
    void launch(Crew crew);
}
