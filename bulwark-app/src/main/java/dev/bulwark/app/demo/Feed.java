package dev.bulwark.app.demo;

import java.util.List;

/** Where the streamer takes the events to send from, in order. */
interface Feed {
    /** Moves up to {@code max} waiting events into {@code into}; returns how many. */
    int drainTo(List<SimEvent> into, int max);

    /** Whether no event will ever come again. */
    boolean exhausted();
}
