package dev.bulwark.sim.engine;

import java.util.Arrays;

/** A growable set of weights (a Fenwick tree) that samples an index in proportion to its weight in O(log n). */
public final class WeightedIndex {
    private double[] tree = new double[16];
    private double[] weights = new double[16];
    private int size;
    private double total;

    /** Appends a weight and returns its index. */
    public int add(double weight) {
        if (size + 1 >= tree.length) {
            grow();
        }
        int index = size++;
        weights[index] = 0;
        set(index, weight);
        return index;
    }

    /** Changes the weight at {@code index}; zero removes it from sampling. */
    public void set(int index, double weight) {
        double delta = Math.max(0, weight) - weights[index];
        weights[index] = Math.max(0, weight);
        total += delta;
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** The weight at {@code index}. */
    public double weight(int index) {
        return weights[index];
    }

    /** The number of indices. */
    public int size() {
        return size;
    }

    /** The sum of all weights. */
    public double total() {
        return total;
    }

    /** An index drawn in proportion to weight, given a uniform {@code u} in [0, 1); -1 when all weights are zero. */
    public int sample(double u) {
        if (total <= 1e-12 || size == 0) {
            return -1;
        }
        double target = u * total;
        int pos = 0;
        for (int step = Integer.highestOneBit(tree.length - 1); step > 0; step >>= 1) {
            int next = pos + step;
            if (next < tree.length && tree[next] <= target) {
                target -= tree[next];
                pos = next;
            }
        }
        int index = Math.min(pos, size - 1);
        while (index > 0 && weights[index] <= 0) {
            index--;
        }
        return weights[index] > 0 ? index : -1;
    }

    private void grow() {
        int n = tree.length * 2;
        weights = Arrays.copyOf(weights, n);
        tree = new double[n];
        for (int i = 0; i < size; i++) {
            for (int j = i + 1; j < n; j += j & -j) {
                tree[j] += weights[i];
            }
        }
    }
}
