package dev.bulwark.server.api;

import dev.bulwark.server.http.RouteTable;

/** A group of endpoints for one capability. */
public interface Api {
    /** Adds this group's routes, each with the roles it admits. */
    void register(RouteTable routes);
}
