package dev.bulwark.app.replay;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/** A one-line progress bar on a terminal stream, redrawn at most ten times a second. */
public final class ProgressLine implements LongConsumer {
    private final long total;
    private final PrintStream out;
    private long lastDraw;

    /** A bar for {@code total} units drawn on {@code out}. */
    public ProgressLine(long total, PrintStream out) {
        this.total = Math.max(1, total);
        this.out = out;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 40;
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) (fraction * width);
        out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + String.format("] %5.1f%%", fraction * 100));
        if (finished) {
            out.println();
        }
        out.flush();
    }
}
