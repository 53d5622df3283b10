package dev.bulwark.bench;

import dev.bulwark.engine.Bundle;
import dev.bulwark.engine.Engine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Feeds an engine until it holds at least a million entities, then reports the live heap after a full GC and the
 * engine's own estimate per entity. Run with the heap limit to prove, e.g.
 * {@code java -Xmx2g -cp benchmarks.jar dev.bulwark.bench.MemoryFootprint [bench|shipped] [entities]}.
 */
public final class MemoryFootprint {
    private MemoryFootprint() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        String pack = args.length > 0 ? args[0] : "shipped";
        long target = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Bundle bundle = pack.equals("bench") ? Workload.bundle("/bench-pack.yaml")
                : SimulatedTraffic.pack(Path.of(System.getProperty("bulwark.strategies", "strategies")));
        Engine engine = Engine.inMemory(bundle);
        Workload workload = new Workload(400_000, (int) (target / 3), 7);
        long baseline = usedAfterGc();
        long i = 0;
        while (engine.featureStore().size() < target) {
            engine.decide(workload.event(i++));
        }
        long used = usedAfterGc() - baseline;
        long entities = engine.featureStore().size();
        System.out.printf("pack=%s events=%,d entities=%,d%n", pack, i, entities);
        System.out.printf("live heap for feature state: %,d MB (%.0f bytes per entity); engine estimate %,d MB%n",
                used >> 20, (double) used / entities, engine.featureStore().bytes() >> 20);
        System.out.printf("max heap: %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("bytes per entity before distinct values, by entity type (all features of the type in use):");
        bundle.features().layouts().forEach(layout -> System.out.printf("  %-20s %,6d bytes, idle timeout %s%n",
                layout.type().key(), layout.baseBytes(), layout.idleTimeout()));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
