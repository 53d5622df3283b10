package dev.bulwark.app.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Raises the root log level to WARN while the demo runs, so the node's info lines do not bury its own output. */
final class QuietLogs implements AutoCloseable {
    private final Runnable restore;

    private QuietLogs(Runnable restore) {
        this.restore = restore;
    }

    /** Quiets the logs until closed; a no-op unless Logback is the logging backend. */
    static QuietLogs start() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return none();
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.WARN);
        return new QuietLogs(() -> root.setLevel(before));
    }

    /** Leaves the logs as they are. */
    static QuietLogs none() {
        return new QuietLogs(() -> { });
    }

    @Override
    public void close() {
        restore.run();
    }
}

