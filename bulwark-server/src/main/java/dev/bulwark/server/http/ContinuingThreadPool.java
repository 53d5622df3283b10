package dev.bulwark.server.http;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's request threads (Javalin's defaults: 8 to 250), except that a connection resumed by a completion thread
 * — one made by {@link #completionThreads} — continues on that thread instead of waking a request thread.
 *
 * <p>When a completion thread writes the reply to an event, Jetty resumes the connection to read its next request:
 * usually there is none yet, so the resumed task only re-arms the connection for reading. Run on a request thread,
 * that costs a wake-up and a park per reply; run here, neither. It is safe because the server is non-blocking
 * ({@link InlineRoutes}): resuming a connection reads and parses without waiting, serves an inline route without
 * blocking, and dispatches any other request to a request thread.
 */
public final class ContinuingThreadPool extends QueuedThreadPool {
    private static final Logger LOG = LoggerFactory.getLogger(ContinuingThreadPool.class);
    private static final int MAX_THREADS = 250;
    private static final int MIN_THREADS = 8;
    private static final int IDLE_MILLIS = 60_000;

    /** A pool named as Javalin names its own. */
    public ContinuingThreadPool() {
        super(MAX_THREADS, MIN_THREADS, IDLE_MILLIS);
        setName("JettyServerThreadPool");
    }

    /** Makes daemon threads named {@code prefix1}, {@code prefix2}, ... on which resumed connections continue. */
    public static ThreadFactory completionThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new CompletionThread(task, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void execute(Runnable job) {
        if (job instanceof Connection && Thread.currentThread() instanceof CompletionThread) {
            try {
                job.run();
            } catch (RuntimeException e) {
                // As Jetty's own pool does for a failed job: the completion thread goes on with its other replies.
                LOG.atWarn().setCause(e).log("a connection resumed on {} failed", Thread.currentThread().getName());
            }
            return;
        }
        super.execute(job);
    }

    private static final class CompletionThread extends Thread {
        CompletionThread(Runnable task, String name) {
            super(task, name);
        }
    }
}
