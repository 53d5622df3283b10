package dev.bulwark.sim;

import java.io.PrintStream;
import java.util.Locale;

/** A single-line progress bar redrawn with carriage returns at most ten times a second. */
public final class ConsoleProgressBar implements ProgressListener {
    private static final long MIN_INTERVAL_NANOS = 100_000_000L;
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private long lastDraw = Long.MIN_VALUE;
    private boolean finished;

    /** A progress bar drawing to {@code out}, typically {@code System.err}. */
    public ConsoleProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(double fraction, long events) {
        long now = System.nanoTime();
        if (finished || (lastDraw != Long.MIN_VALUE && now - lastDraw < MIN_INTERVAL_NANOS)) {
            return;
        }
        lastDraw = now;
        draw(fraction, events, now);
    }

    @Override
    public void done(long events) {
        if (!finished) {
            draw(1.0, events, System.nanoTime());
            out.print('\n');
            out.flush();
            finished = true;
        }
    }

    private void draw(double fraction, long events, long now) {
        double f = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * WIDTH);
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String line = String.format(Locale.ROOT, "\r[%s%s] %5.1f%%  %,d events  %,.0f ev/s",
                "#".repeat(filled), " ".repeat(WIDTH - filled), f * 100, events, events / seconds);
        out.print(line);
        out.flush();
    }
}
