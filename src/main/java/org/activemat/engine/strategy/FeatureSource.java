package org.activemat.engine.strategy;

/**
 * Where a context's feature vectors come from: one or more blocks of features per pool row (one per ensemble member),
 * concatenated into φ(x). A source is read only when a strategy asks for features, so strategies that never do (the
 * paper's four) cost nothing extra.
 */
public interface FeatureSource {
    /** How many blocks are concatenated (ensemble members; 1 for given features). */
    int blocks();

    /** Block b's features of the given pool rows: rows × width, the same width for every call of one block. */
    double[][] block(int b, int[] poolRows);

    /** Seed of the random projection, so a round projects the same way whatever the thread or the strategy. */
    long projectionSeed();

    /** Feature vectors given directly, one per pool row (tests; the descriptors when there is no network). */
    static FeatureSource given(double[][] perPoolRow) {
        return new FeatureSource() {
            @Override public int blocks() { return 1; }

            @Override public double[][] block(int b, int[] poolRows) {
                double[][] out = new double[poolRows.length][];
                for (int i = 0; i < poolRows.length; i++) out[i] = perPoolRow[poolRows[i]];
                return out;
            }

            @Override public long projectionSeed() { return 0x5EEDL; }
        };
    }
}
