package dev.bulwark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.app.node.StartupException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStoreTest {
    @TempDir
    Path dir;

    private String open(Path data, boolean keep) {
        try (DemoStore store = DemoStore.open(data, keep)) {
            return store.note();
        }
    }

    @Test
    void aNewDirectoryGetsAnEmptyStoreAndTheMarker() {
        Path data = dir.resolve("demo");
        assertThat(open(data, false)).contains("new store");
        assertThat(data.resolve(DemoStore.MARKER)).exists();
    }

    @Test
    void aSecondRunRemovesTheStoreFilesAndNothingElse() throws Exception {
        Path data = dir.resolve("demo");
        open(data, false);
        for (String file : new String[] {"bulwark.db", "bulwark.db-wal", "bulwark.db-shm", "tokens.txt", "notes.md"}) {
            Files.writeString(data.resolve(file), "x");
        }

        assertThat(open(data, false)).contains("removed the previous run's store");
        assertThat(data.resolve("bulwark.db")).doesNotExist();
        assertThat(data.resolve("bulwark.db-wal")).doesNotExist();
        assertThat(data.resolve("bulwark.db-shm")).doesNotExist();
        assertThat(data.resolve("tokens.txt")).exists();
        assertThat(data.resolve("notes.md")).exists();
    }

    @Test
    void keepLeavesTheStoreAsItIs() throws Exception {
        Path data = dir.resolve("demo");
        open(data, false);
        Files.writeString(data.resolve("bulwark.db"), "events");

        assertThat(open(data, true)).contains("keeping");
        assertThat(data.resolve("bulwark.db")).hasContent("events");
    }

    @Test
    void aStoreNoDemoCreatedIsNeverRemoved() throws Exception {
        Files.writeString(dir.resolve("bulwark.db"), "a real node's events");

        assertThatThrownBy(() -> open(dir, false)).isInstanceOf(StartupException.class)
                .hasMessageContaining("no demo created").hasMessageContaining("--keep");
        assertThat(dir.resolve("bulwark.db")).hasContent("a real node's events");
    }

    @Test
    void aDirectoryARunningDemoHoldsIsNeitherEmptiedNorShared() throws Exception {
        Path data = dir.resolve("demo");
        try (DemoStore running = DemoStore.open(data, false)) {
            Files.writeString(data.resolve("bulwark.db"), "the running demo's events");

            assertThatThrownBy(() -> open(data, false)).isInstanceOf(StartupException.class)
                    .hasMessageContaining("another demo is running");
            assertThat(data.resolve("bulwark.db")).hasContent("the running demo's events");
        }
        assertThat(open(data, false)).contains("removed");
    }
}
