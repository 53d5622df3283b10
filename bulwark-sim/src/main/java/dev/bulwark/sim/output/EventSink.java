package dev.bulwark.sim.output;

import dev.bulwark.sim.TruthRow;
import java.io.IOException;

/** Where emitted events and truth rows go: files, or callbacks for an in-process stream. */
public interface EventSink extends AutoCloseable {
    /** Receives one event as a single JSON line without the line break; the builder is reused after the call. */
    void event(StringBuilder json);

    /** Receives one truth row; for an event, its row follows the event, after any entity rows it introduced. */
    void truth(TruthRow row);

    @Override
    default void close() throws IOException {
    }
}
