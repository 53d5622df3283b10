package dev.bulwark.server.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline is sized: how many events may be accepted but not yet durable, how many the writer appends
 * at most in one batch, how often recovery reports progress, and how long the writer may hold a commit open for
 * events still arriving while at least {@code commitWaitSpare} client connections are idle ({@link Gathering};
 * a zero wait commits at once).
 */
public record IngestSettings(int queueCapacity, int commitBatchSize, long progressEvery, Duration commitWait,
                             int commitWaitSpare) {
    /** The default longest wait, from the previous commit's start. */
    public static final Duration DEFAULT_COMMIT_WAIT = Duration.ofMillis(2);
    /** The longest wait allowed. */
    public static final Duration MAX_COMMIT_WAIT = Duration.ofMillis(100);
    /** The default number of idle connections that lets the writer wait. */
    public static final int DEFAULT_COMMIT_WAIT_SPARE = 16;
    /** How long the writer sleeps between looks at what arrived while it waits. */
    static final Duration COMMIT_WAIT_SLICE = Duration.ofNanos(200_000);

    /** Defaults: 65 536 events in flight, batches of up to 1 000, progress every 100 000, waits of up to 2 ms. */
    public static final IngestSettings DEFAULT = new IngestSettings(65_536, 1_000, 100_000);

    public IngestSettings {
        Objects.requireNonNull(commitWait, "commitWait");
        if (queueCapacity < 1 || commitBatchSize < 1 || progressEvery < 1 || commitWaitSpare < 1) {
            throw new IllegalArgumentException("ingest settings must be positive");
        }
        if (commitWait.isNegative() || commitWait.compareTo(MAX_COMMIT_WAIT) > 0) {
            throw new IllegalArgumentException("commitWait must be 0 to " + MAX_COMMIT_WAIT.toMillis() + " ms, not "
                    + commitWait.toNanos() / 1e6 + " ms");
        }
    }

    /** These sizes with the default commit wait. */
    public IngestSettings(int queueCapacity, int commitBatchSize, long progressEvery) {
        this(queueCapacity, commitBatchSize, progressEvery, DEFAULT_COMMIT_WAIT, DEFAULT_COMMIT_WAIT_SPARE);
    }

    /** These settings with the writer waiting up to {@code wait} (zero: never). */
    public IngestSettings withCommitWait(Duration wait) {
        return new IngestSettings(queueCapacity, commitBatchSize, progressEvery, wait, commitWaitSpare);
    }
}
