package dev.bulwark.sim.population;

import dev.bulwark.core.event.EntityType;
import dev.bulwark.sim.engine.Rng;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The IP address plan from {@link Resources#IP_RANGES}: residential addresses are drawn fresh, mobile carrier
 * addresses come from a small shared pool per region (carrier-grade NAT), hosting addresses from data centres.
 */
public final class Networks {
    private final Map<Region, int[]> residential = new EnumMap<>(Region.class);
    private final Map<Region, int[]> mobileBlocks = new EnumMap<>(Region.class);
    private final Map<Region, List<Entity>> mobilePool = new EnumMap<>(Region.class);
    private final int[] hosting;

    /** Loads the plan; each region's shared mobile pool holds about {@code 600 * scale * weight} addresses. */
    public Networks(Rng rng, double scale) {
        Map<Region, List<Integer>> res = new EnumMap<>(Region.class);
        Map<Region, List<Integer>> mob = new EnumMap<>(Region.class);
        List<Integer> host = new ArrayList<>();
        for (String line : Resources.lines(Resources.IP_RANGES)) {
            if (line.startsWith("cidr,")) {
                continue;
            }
            String[] cols = line.split(",");
            String[] octets = cols[0].split("[./]");
            int block = (Integer.parseInt(octets[0]) << 8) | Integer.parseInt(octets[1]);
            Region region = Region.valueOf(cols[1]);
            switch (cols[2]) {
                case "residential" -> res.computeIfAbsent(region, r -> new ArrayList<>()).add(block);
                case "mobile" -> mob.computeIfAbsent(region, r -> new ArrayList<>()).add(block);
                case "hosting" -> host.add(block);
                default -> throw new IllegalStateException("unknown IP range kind " + cols[2]);
            }
        }
        for (Region r : Region.values()) {
            residential.put(r, toArray(res.get(r)));
            mobileBlocks.put(r, toArray(mob.get(r)));
            int size = (int) Math.max(25, 600 * scale * r.weight());
            List<Entity> pool = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                pool.add(ip(mobileBlocks.get(r), rng));
            }
            mobilePool.put(r, pool);
        }
        hosting = toArray(host);
    }

    /** A fresh home broadband address in the region. */
    public Entity residential(Region region, Rng rng) {
        return ip(residential.get(region), rng);
    }

    /** One of the region's shared carrier addresses. */
    public Entity mobile(Region region, Rng rng) {
        return rng.pick(mobilePool.get(region));
    }

    /** A fresh data-centre, VPN or proxy address. */
    public Entity hosting(Rng rng) {
        return ip(hosting, rng);
    }

    /** A fresh address in the same /24 as {@code ip}, as proxies rented in a block are. */
    public Entity neighbour(Entity ip, Rng rng) {
        String id = ip.id;
        return new Entity(EntityType.IP, id.substring(0, id.lastIndexOf('.') + 1) + rng.between(2, 254));
    }

    private static Entity ip(int[] blocks, Rng rng) {
        int block = blocks[rng.below(blocks.length)];
        String text = (block >>> 8) + "." + (block & 255) + "." + rng.between(0, 255) + "." + rng.between(2, 254);
        return new Entity(EntityType.IP, text);
    }

    private static int[] toArray(List<Integer> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("the IP plan lacks a block");
        }
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
