package dev.bulwark.server.ingest;

/**
 * How the pipeline is sized: how many events may be accepted but not yet durable, how many the writer appends
 * at most in one batch, and how often recovery reports progress.
 */
public record IngestSettings(int queueCapacity, int commitBatchSize, long progressEvery) {
    /** Defaults: 65 536 events in flight, batches of up to 1 000, progress every 100 000. */
    public static final IngestSettings DEFAULT = new IngestSettings(65_536, 1_000, 100_000);

    public IngestSettings {
        if (queueCapacity < 1 || commitBatchSize < 1 || progressEvery < 1) {
            throw new IllegalArgumentException("ingest settings must be positive");
        }
    }
}
