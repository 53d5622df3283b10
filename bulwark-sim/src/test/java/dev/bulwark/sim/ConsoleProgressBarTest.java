package dev.bulwark.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {
    @Test
    void draws_one_line_with_carriage_returns_and_ends_it_once() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgressBar bar = new ConsoleProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        for (int i = 0; i < 1000; i++) {
            bar.progress(i / 1000.0, i);
        }
        bar.done(1000);
        bar.done(1000);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("\r[").endsWith("\n").contains("100.0%").contains("1,000 events");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(out.chars().filter(c -> c == '\r').count()).as("throttled to ~10 draws a second").isLessThan(20);
    }
}
