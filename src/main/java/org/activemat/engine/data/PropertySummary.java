package org.activemat.engine.data;

/** count, min, max, mean and sample standard deviation of a property over the entries carrying a finite value. */
public record PropertySummary(String name, int present, int finite, double min, double max, double mean, double std) {

    public static PropertySummary of(Dataset d, String name) {
        int present = 0, n = 0;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, mean = 0, m2 = 0;
        for (Entry e : d.entries()) {
            Double v = e.properties().get(name);
            if (v == null) continue;
            present++;
            if (!Double.isFinite(v)) continue;
            n++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            double delta = v - mean; // Welford: stable for large energies with small spread
            mean += delta / n;
            m2 += delta * (v - mean);
        }
        if (n == 0) return new PropertySummary(name, present, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new PropertySummary(name, present, n, min, max, mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : 0);
    }
}
