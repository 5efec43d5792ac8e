package org.activemat.ui.descriptors;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.PcaProjection;
import org.activemat.engine.descriptor.Standardizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the Descriptors panel shows, computed off the FX thread: the engine's feature matrix, per-feature stats,
 * and a PCA of the standardized features (standardized over all rows here — this is a map for looking, not training).
 */
public record DescriptorAnalysis(FeatureMatrix matrix, List<FeatureStat> features, double[][] standardized,
                                 double[][] scores, double[] explained, Standardizer scaler, PcaProjection pca) {
    /** How many principal components the axis choosers offer. */
    public static final int MAX_COMPONENTS = 6;

    public static DescriptorAnalysis compute(Dataset data, String setName, String target, List<String> extras) {
        FeatureMatrix m = Descriptors.matrix(data, Descriptors.byName(setName), target, extras);
        Standardizer st = Standardizer.fit(m.x());
        double[][] z = st.transform(m.x());
        int d = m.columns();
        List<FeatureStat> stats = new ArrayList<>();
        double[] mean = st.mean(), sd = st.scale();
        for (int k = 0; k < d; k++) {
            String name = m.featureNames().get(k);
            boolean leak = name.equals(target) || m.warnings().stream().anyMatch(w -> w.contains("'" + name + "'")
                    && w.toLowerCase(Locale.ROOT).contains("column") && (w.contains("leak") || w.contains("answer")));
            stats.add(new FeatureStat(name, mean[k], sd[k], sd[k] == 0, leak));
        }
        int comps = Math.min(MAX_COMPONENTS, d);
        if (m.rows() < 2) return new DescriptorAnalysis(m, stats, z, new double[m.rows()][comps], new double[comps], st, null);
        PcaProjection pca = PcaProjection.fit(z, comps);
        return new DescriptorAnalysis(m, stats, z, pca.scores(z), pca.explainedVarianceRatio(), st, pca);
    }

    /** Places other structures' raw features (same descriptor set) on this map, e.g. a live run's generated pool. */
    public double[][] project(double[][] raw) {
        return pca == null ? new double[raw.length][components()] : pca.scores(scaler.transform(raw));
    }

    public int rows() { return matrix.rows(); }

    public int components() { return explained.length; }

    /** "PC1 (43.2 %)". */
    public String axisLabel(int c) {
        return String.format(Locale.ROOT, "PC%d (%.1f %% of variance)", c + 1, 100 * explained[c]);
    }

    public int rowOf(String id) { return matrix.ids().indexOf(id); }
}
