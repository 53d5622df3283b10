package dev.bulwark.core.port;

import java.util.List;

/** Labels, written from {@code label} events through {@link EventJournal#append}; read by training and evaluation. */
public interface LabelRepository {
    /** Every label, in event-time order. */
    List<LabelRecord> labels();
}
