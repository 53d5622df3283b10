package dev.bulwark.server.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * How many of the front door's client connections are open and owed no answer: a client with such connections to
 * spare does not wait on the next commit to send more, which lets the journal writer gather events for it
 * ({@code IngestSettings#commitWait}). Connections handed to Jetty are not counted.
 */
public final class IdleConnections implements IntSupplier {
    private final AtomicInteger idle = new AtomicInteger();

    @Override
    public int getAsInt() {
        return idle.get();
    }

    /** A connection became idle (+1) or busy or closed (-1). */
    void add(int change) {
        idle.addAndGet(change);
    }
}
