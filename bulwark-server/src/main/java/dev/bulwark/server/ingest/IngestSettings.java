package dev.bulwark.server.ingest;

/**
 * How the pipeline is sized: how many events may be accepted but not yet durable, how many the writer appends
 * at most in one batch, how many recent decisions are kept in memory for duplicates, and how often recovery
 * reports progress.
 */
public record IngestSettings(int queueCapacity, int commitBatchSize, int recentDecisions, long progressEvery) {
    /**
     * Defaults: 65 536 events in flight, batches of up to 1 000, 10 000 recent decisions (an older duplicate is
     * answered from the journal), progress every 100 000.
     */
    public static final IngestSettings DEFAULT = new IngestSettings(65_536, 1_000, 10_000, 100_000);

    public IngestSettings {
        if (queueCapacity < 1 || commitBatchSize < 1 || recentDecisions < 0 || progressEvery < 1) {
            throw new IllegalArgumentException("ingest settings must be positive");
        }
    }
}
