package dev.bulwark.sim.population;

/** An affiliate link: a creator promoting one listing. */
public record Link(String id, Creator creator, Listing listing) {
}
