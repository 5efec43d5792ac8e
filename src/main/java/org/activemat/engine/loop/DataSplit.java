package org.activemat.engine.loop;

import java.util.Arrays;
import java.util.Random;

/**
 * The train-pool / test split of one seed: a seeded permutation of the rows, the first round(rows × testFraction)
 * of which are the test set. It depends on (rows, seed, testFraction) only — not on the strategy — so every strategy
 * of a seed is scored on the same test set, and the UI can show the split before any run.
 */
public final class DataSplit {
    private final int[] test;
    private final int[] trainPool;

    private DataSplit(int[] test, int[] trainPool) {
        this.test = test;
        this.trainPool = trainPool;
    }

    /** The split ActiveLearningRun uses for this seed; indices are rows of the feature matrix. */
    public static DataSplit of(int rows, long seed, double testFraction) {
        if (rows < 0) throw new IllegalArgumentException("rows must be non-negative (got " + rows + ")");
        if (!(testFraction > 0 && testFraction < 1))
            throw new IllegalArgumentException("test fraction must be between 0 and 1 (got " + testFraction + ")");
        int[] perm = permutation(rows, new Random(Seeds.derive(seed, "split")));
        int nTest = testSize(rows, testFraction);
        return new DataSplit(Arrays.copyOfRange(perm, 0, nTest), Arrays.copyOfRange(perm, nTest, rows));
    }

    /** How many of rows go to the test set. */
    public static int testSize(int rows, double testFraction) { return (int) Math.round(rows * testFraction); }

    /** Test rows, in the seeded order. */
    public int[] test() { return test.clone(); }

    /** Train-pool rows (everything not in the test set), in the seeded order. */
    public int[] trainPool() { return trainPool.clone(); }

    /** One flag per row: true for the test set. */
    public boolean[] testMask() {
        boolean[] m = new boolean[test.length + trainPool.length];
        for (int t : test) m[t] = true;
        return m;
    }

    /** Fisher–Yates shuffle of 0..n-1 (also used for the initial labels, which must stay as they were). */
    public static int[] permutation(int n, Random rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
        return a;
    }
}
