package dev.bulwark.app.node;

import dev.bulwark.server.auth.Role;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code bulwark serve} in a child JVM, so a test can kill it with SIGKILL and start it again on the same data. */
final class ChildNode implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path data;

    private ChildNode(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    static ChildNode start(Path data, int port, Path strategies, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.bulwark.app.Main", "serve",
                "--port", String.valueOf(port), "--data", data.toString(), "--strategies", strategies.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ChildNode node = new ChildNode(process, port, data);
        node.awaitReady(Duration.ofSeconds(60));
        return node;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Http client(Role role) throws IOException {
        return new Http(port, TokenFile.tokenFor(data.resolve("tokens.txt"), role));
    }

    /** Kills the process with SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node exited with " + process.exitValue());
            }
            try {
                if (new Http(port, "none").get("/healthz").status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the node was not ready within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
