package dev.bulwark.sim.engine;

import java.util.List;
import java.util.SplittableRandom;

/** The simulation's single seeded random generator with the distributions the behaviours need. */
public final class Rng {
    private final SplittableRandom random;

    /** A generator seeded with {@code seed}. */
    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A uniform double in [0, 1). */
    public double u() {
        return random.nextDouble();
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A uniform int in [lo, hi], both inclusive. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** A uniform int in [0, bound). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** A uniform long in [lo, hi). */
    public long range(long lo, long hi) {
        return hi <= lo ? lo : random.nextLong(lo, hi);
    }

    /** A uniform double in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** A random 64-bit value. */
    public long bits() {
        return random.nextLong();
    }

    /** An exponential variate with the given mean. */
    public double exp(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /** An exponential delay in milliseconds with the given mean, at least one millisecond. */
    public long delay(long mean) {
        return Math.max(1, (long) exp(mean));
    }

    /** A standard normal variate. */
    public double normal() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A log-normal variate whose median is {@code median}. */
    public double lognormal(double median, double sigma) {
        return median * Math.exp(sigma * normal());
    }

    /** A Poisson variate with mean {@code lambda}. */
    public int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 40) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
        }
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    /** A uniformly chosen element of a non-empty list. */
    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A uniformly chosen element of a non-empty array. */
    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index chosen with probability proportional to {@code weights}. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
