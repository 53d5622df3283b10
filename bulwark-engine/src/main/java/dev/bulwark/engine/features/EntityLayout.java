package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the state of one entity type is packed: features with the same window share a group of
 * {@value #BUCKETS} bucket epochs, and every windowed feature owns {@value #BUCKETS} values (two rings for an
 * average). An entity's state is then two primitive arrays plus, for distinct counts, one small array per set.
 */
public final class EntityLayout {
    /** Buckets per window: a window of W slides in steps of W/16. */
    public static final int BUCKETS = 16;

    final EntityType type;
    final List<Slot> slots;
    final long[] groupBucketMillis;
    final int[][] groupMembers;
    final int values;
    final int sets;
    final long idleMillis;

    EntityLayout(EntityType type, List<Slot> slots) {
        this.type = type;
        this.slots = List.copyOf(slots);
        List<Long> widths = new ArrayList<>();
        int offset = 0;
        int setCount = 0;
        long longest = Duration.ofDays(30).toMillis();
        for (Slot slot : slots) {
            if (slot.definition.window().isPresent()) {
                long window = slot.definition.window().get().toMillis();
                longest = Math.max(longest, window);
                slot.bucketMillis = window / BUCKETS;
                int group = widths.indexOf(slot.bucketMillis);
                if (group < 0) {
                    widths.add(slot.bucketMillis);
                    group = widths.size() - 1;
                }
                slot.group = group;
            }
            if (slot.aggregation == Aggregation.AGE || slot.aggregation == Aggregation.SINCE_LAST) {
                longest = Math.max(longest, FeatureDefinition.MAX_WINDOW.toMillis());
            }
            if (slot.aggregation == Aggregation.DISTINCT) {
                slot.set = setCount++;
            } else if (slot.width() > 0) {
                slot.offset = offset;
                offset += slot.width();
            }
        }
        this.groupBucketMillis = widths.stream().mapToLong(Long::longValue).toArray();
        this.groupMembers = new int[widths.size()][];
        for (int g = 0; g < widths.size(); g++) {
            final int group = g;
            groupMembers[g] = slots.stream().filter(s -> s.group == group && s.offset >= 0)
                    .mapToInt(slots::indexOf).toArray();
        }
        this.values = offset;
        this.sets = setCount;
        this.idleMillis = longest;
    }

    /** The entity type this layout is for. */
    public EntityType type() {
        return type;
    }

    /** How long an entity may go unseen before its state is dropped: its longest window, at least 30 days. */
    public Duration idleTimeout() {
        return Duration.ofMillis(idleMillis);
    }

    /** Bytes an entity of this type holds before any distinct value is added (arrays and headers). */
    public long baseBytes() {
        return 16 + 8 + 8 + 8 + 16 + 4L * BUCKETS * groupBucketMillis.length + 16 + 8L * values + 16 + 4L * sets;
    }

    int slotIndex(String name) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
