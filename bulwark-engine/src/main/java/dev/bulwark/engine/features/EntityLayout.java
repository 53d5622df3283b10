package dev.bulwark.engine.features;

import dev.bulwark.core.event.EntityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the state of one entity type is packed into an {@link EntityState}'s arrays.
 *
 * <p>Windowed counts, sums, averages, maxima and minima with the same window form a <em>group</em>. A group keeps
 * {@value #BUCKETS} bucket epochs (a window of W slides in steps of W/16) plus its newest and oldest held bucket,
 * and, per bucket, one value per <em>stream</em> of its members (an average has two streams: sum and count). The
 * values are bucket-major: one bucket of every member of a group sits side by side, so the event that starts a new
 * bucket clears one run of memory rather than one cache line per feature. Every stream also has a running total of
 * its held buckets, and all totals sit together at the front of the value array after the ages: a feature read is
 * then one total, unless the window being read has lost a bucket since the last update (see {@link EntityState}).
 *
 * <p>Value array: {@code [ages: 3 per age/since_last feature][totals: one per stream][group 0: BUCKETS x streams]
 * [group 1] ...}. Distinct counts keep one small array each (see {@link DistinctSet}).
 */
public final class EntityLayout {
    /** Buckets per window: a window of W slides in steps of W/16. */
    public static final int BUCKETS = 16;
    /** Ints per group in the epoch array: the bucket held at each ring position, then the newest and oldest. */
    static final int GROUP_INTS = BUCKETS + 2;
    static final int HEAD = BUCKETS;
    static final int OLDEST = BUCKETS + 1;

    /** A window group: its bucket width, where its totals and bucket values start, and what a cleared bucket holds. */
    record Group(long bucketMillis, int streams, int totals, int base, double[] empty) {
    }

    final EntityType type;
    final List<Slot> slots;
    final Group[] groups;
    final int values;
    final int sets;
    final long idleMillis;
    /** What a new entity's arrays hold, copied for each (one copy instead of filling them field by field). */
    final int[] emptyEpochs;
    final double[] emptyValues;

    EntityLayout(EntityType type, List<Slot> slots) {
        this.type = type;
        this.slots = List.copyOf(slots);
        List<Long> widths = new ArrayList<>();
        List<List<Slot>> members = new ArrayList<>();
        int offset = 0;
        int setCount = 0;
        long longest = Duration.ofDays(30).toMillis();
        for (Slot slot : slots) {
            slot.definition.window().ifPresent(w -> slot.bucketMillis = w.toMillis() / BUCKETS);
            longest = Math.max(longest, slot.definition.window().map(Duration::toMillis).orElse(0L));
            switch (slot.aggregation) {
                case AGE, SINCE_LAST -> {
                    longest = Math.max(longest, FeatureDefinition.MAX_WINDOW.toMillis());
                    slot.offset = offset;
                    offset += 3;
                }
                case DISTINCT -> slot.set = setCount++;
                case COUNT, SUM, AVG, MAX, MIN -> {
                    int group = widths.indexOf(slot.bucketMillis);
                    if (group < 0) {
                        widths.add(slot.bucketMillis);
                        members.add(new ArrayList<>());
                        group = widths.size() - 1;
                    }
                    slot.group = group;
                    members.get(group).add(slot);
                }
                case IN_LIST, DERIVED -> {
                }
            }
        }
        this.groups = new Group[widths.size()];
        int totals = offset;
        int streamCount = members.stream().flatMap(List::stream).mapToInt(Slot::streams).sum();
        int base = totals + streamCount;
        for (int g = 0; g < groups.length; g++) {
            int streams = 0;
            List<Double> empty = new ArrayList<>();
            for (Slot slot : members.get(g)) {
                slot.stream = streams;
                streams += slot.streams();
                for (int i = 0; i < slot.streams(); i++) {
                    empty.add(slot.totalled() ? 0.0 : Double.NaN);
                }
            }
            groups[g] = new Group(widths.get(g), streams, totals, base,
                    empty.stream().mapToDouble(Double::doubleValue).toArray());
            totals += streams;
            base += BUCKETS * streams;
        }
        this.values = base;
        this.sets = setCount;
        this.idleMillis = longest;
        this.emptyEpochs = emptyEpochs(groups.length);
        this.emptyValues = emptyValues(this.slots, groups, base);
    }

    /** Every bucket empty; the oldest bucket held is "none yet". */
    private static int[] emptyEpochs(int groupCount) {
        int[] epochs = new int[groupCount * GROUP_INTS];
        Arrays.fill(epochs, EntityState.EMPTY);
        for (int g = 0; g < groupCount; g++) {
            epochs[g * GROUP_INTS + OLDEST] = Integer.MAX_VALUE;
        }
        return epochs;
    }

    /** First/last-seen slots NaN; each group's totals zero and its buckets holding the group's cleared values. */
    private static double[] emptyValues(List<Slot> slots, Group[] groups, int length) {
        double[] values = new double[length];
        for (Slot slot : slots) {
            if (slot.offset >= 0) {
                Arrays.fill(values, slot.offset, slot.offset + 3, Double.NaN);
            }
        }
        for (Group g : groups) {
            for (int ring = 0; ring < BUCKETS; ring++) {
                System.arraycopy(g.empty(), 0, values, g.base() + ring * g.streams(), g.streams());
            }
        }
        return values;
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
        return 16 + 8 + 8 + 8 + 16 + 4L * GROUP_INTS * groups.length + 16 + 8L * values + 16 + 4L * sets;
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
