/**
 * Declarative features per entity over sliding event-time windows: counts, sums, averages, extrema, bounded
 * distinct counts, first/last seen, list membership and features derived from other features. State lives behind
 * {@link dev.bulwark.engine.features.FeatureStore} so it can sit in memory, in Flink keyed state, or be rebuilt
 * from the journal.
 */
@NullMarked
package dev.bulwark.engine.features;

import org.jspecify.annotations.NullMarked;
