package dev.bulwark.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContinuingThreadPoolTest {
    private final ContinuingThreadPool pool = new ContinuingThreadPool();
    private final ExecutorService completions = Executors.newSingleThreadExecutor(ContinuingThreadPool.completionThreads("ack-"));

    @BeforeEach
    void start() throws Exception {
        pool.start();
    }

    @AfterEach
    void stop() throws Exception {
        completions.shutdownNow();
        pool.stop();
    }

    @Test
    void aConnectionResumedOnACompletionThreadContinuesThere() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();

        String caller = completions.submit(() -> {
            pool.execute(connection(() -> ranOn.complete(Thread.currentThread().getName())));
            return Thread.currentThread().getName();
        }).get(10, TimeUnit.SECONDS);

        assertThat(ranOn.get(10, TimeUnit.SECONDS)).isEqualTo(caller).startsWith("ack-");
    }

    @Test
    void otherJobsAndOtherCallersGoToTheRequestThreads() throws Exception {
        CompletableFuture<String> plainJob = new CompletableFuture<>();
        CompletableFuture<String> connectionFromElsewhere = new CompletableFuture<>();

        completions.submit(() -> pool.execute(() -> plainJob.complete(Thread.currentThread().getName()))).get(10, TimeUnit.SECONDS);
        pool.execute(connection(() -> connectionFromElsewhere.complete(Thread.currentThread().getName())));

        assertThat(plainJob.get(10, TimeUnit.SECONDS)).startsWith("JettyServerThreadPool");
        assertThat(connectionFromElsewhere.get(10, TimeUnit.SECONDS)).startsWith("JettyServerThreadPool");
    }

    @Test
    void aResumedConnectionThatFailsLeavesTheCompletionThreadGoingOn() throws Exception {
        String after = completions.submit(() -> {
            pool.execute(connection(() -> {
                throw new IllegalStateException("broken connection");
            }));
            return "went on";
        }).get(10, TimeUnit.SECONDS);

        assertThat(after).isEqualTo("went on");
        assertThat(completions.submit(() -> "still serving").get(10, TimeUnit.SECONDS)).isEqualTo("still serving");
    }

    /** A connection task as Jetty hands it to its pool: a {@link Connection} that is also the {@link Runnable}. */
    private static Runnable connection(Runnable body) {
        return (Runnable) Proxy.newProxyInstance(ContinuingThreadPoolTest.class.getClassLoader(),
                new Class<?>[] {Connection.class, Runnable.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "run" -> {
                        body.run();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test connection";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
