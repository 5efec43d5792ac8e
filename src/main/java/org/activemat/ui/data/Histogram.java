package org.activemat.ui.data;

/**
 * Equal-width bins over the finite values: about sqrt(n) bins, between 5 and 60, so small sets are not spiky
 * and large ones still show shape.
 */
public record Histogram(double[] edges, double[] counts) {
    public static Histogram of(double[] values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double v : values) if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            n++;
        }
        if (n == 0) return new Histogram(new double[]{0, 1}, new double[]{0});
        int bins = (int) Math.max(5, Math.min(60, Math.round(Math.sqrt(n))));
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) edges[i] = lo + (hi - lo) * i / bins;
        double[] counts = new double[bins];
        for (double v : values) if (Double.isFinite(v)) counts[Math.min(bins - 1, (int) ((v - lo) / (hi - lo) * bins))]++;
        return new Histogram(edges, counts);
    }

    public int total() {
        int t = 0;
        for (double c : counts) t += (int) c;
        return t;
    }
}
