package dev.bulwark.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--commit-wait=-1", "--commit-wait=100.5", "--commit-wait=NaN"})
    void a_commit_wait_out_of_range_is_refused_naming_the_option_before_anything_starts(String option) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ServeCommand()).setErr(new PrintWriter(err, true))
                .execute(option, "--port", "0", "--data", dir.resolve("data").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--commit-wait must be 0 to 100 ms");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
