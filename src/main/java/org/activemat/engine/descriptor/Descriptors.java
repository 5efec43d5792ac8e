package org.activemat.engine.descriptor;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.math.Moments;
import org.activemat.engine.registry.Registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The descriptor sets by name, and the feature matrix of a dataset. */
public final class Descriptors {
    private Descriptors() {}

    /** The default set, the paper's. */
    public static final String DEFAULT = "paper-17";

    public static final Registry<DescriptorSetType> REGISTRY = new Registry<DescriptorSetType>("descriptor set")
            .register(new DescriptorSetType(DEFAULT, "composition-8 + structure-9: our reading of the paper's 17 features, "
                    + "all computable before any DFT", () -> new CombinedDescriptors(DEFAULT,
                    List.of(new CompositionDescriptors(), new StructureDescriptors()))))
            .register(new DescriptorSetType(CompositionDescriptors.NAME, "atomic-fraction-weighted element statistics: "
                    + "needs only a formula", CompositionDescriptors::new))
            .register(new DescriptorSetType(StructureDescriptors.NAME, "cell geometry and local environments: "
                    + "needs a structure", StructureDescriptors::new));

    /** Every descriptor set's name; the first is the default. */
    public static List<String> names() {
        return REGISTRY.names();
    }

    /** Above this |Pearson r| with the target an extra column is flagged as a likely leak. */
    public static final double COLLINEAR_R = 0.98;

    /** The set called name (any case); IllegalArgumentException listing the known names otherwise. */
    public static DescriptorSet byName(String name) {
        return REGISTRY.get(name == null ? "" : name).factory().get();
    }

    /**
     * Features of every entry that carries a finite target, plus the named dataset columns as extra features.
     * Warnings (in the result) say when an extra column is the target or nearly collinear with it (|r| > 0.98),
     * and how many entries were left out and why.
     * IllegalArgumentException when the target is not a property of the dataset or a set needs missing structures.
     * Entries are computed in parallel; every row depends on its entry alone, so the result does not depend on threads.
     */
    public static FeatureMatrix matrix(Dataset data, DescriptorSet set, String target, List<String> extraColumns) {
        List<String> extras = extraColumns == null ? List.of() : List.copyOf(extraColumns);
        List<String> available = data.propertyNames();
        if (target == null || !available.contains(target))
            throw new IllegalArgumentException("unknown target property '" + target + "'; available properties: "
                    + (available.isEmpty() ? "(none)" : String.join(", ", available)));
        for (String col : extras)
            if (!available.contains(col))
                throw new IllegalArgumentException("unknown extra column '" + col + "'; available properties: " + String.join(", ", available));

        List<String> warnings = new ArrayList<>();
        List<Entry> labelled = new ArrayList<>();
        int noTarget = 0, noExtra = 0;
        for (Entry e : data.entries()) {
            if (!Double.isFinite(e.properties().getOrDefault(target, Double.NaN))) { noTarget++; continue; }
            if (extras.stream().anyMatch(c -> !Double.isFinite(e.properties().getOrDefault(c, Double.NaN)))) { noExtra++; continue; }
            labelled.add(e);
        }
        if (noTarget > 0) warnings.add(noTarget + " entries without a finite '" + target + "' were left out");
        if (noExtra > 0) warnings.add(noExtra + " entries lacking a finite value of an extra column were left out");
        if (set.needsStructure()) {
            List<Entry> bare = labelled.stream().filter(e -> !e.hasStructure()).toList();
            if (!bare.isEmpty())
                throw new IllegalArgumentException("descriptor set " + set.name() + " needs structures, but " + bare.size()
                        + " entries (e.g. " + bare.get(0).id() + ") have only a composition; use composition-8");
        }

        double[][] computed = IntStream.range(0, labelled.size()).parallel()
                .mapToObj(i -> set.compute(labelled.get(i))).toArray(double[][]::new);

        int width = set.featureNames().size() + extras.size();
        List<String> ids = new ArrayList<>(), formulas = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        int nonFinite = 0;
        String firstNonFinite = null;
        for (int i = 0; i < labelled.size(); i++) {
            Entry e = labelled.get(i);
            double[] row = java.util.Arrays.copyOf(computed[i], width);
            for (int k = 0; k < extras.size(); k++) row[computed[i].length + k] = e.properties().get(extras.get(k));
            if (!allFinite(row)) {
                nonFinite++;
                if (firstNonFinite == null) firstNonFinite = e.id() + " (" + e.formula() + ")";
                continue;
            }
            ids.add(e.id());
            formulas.add(e.formula());
            rows.add(row);
            ys.add(e.properties().get(target));
        }
        if (nonFinite > 0)
            warnings.add(nonFinite + " entries whose descriptors are undefined (e.g. " + firstNonFinite
                    + ": no electronegativity for He, Ne, Ar) were left out");
        if (rows.isEmpty())
            throw new IllegalArgumentException("no entry has a finite '" + target + "' and computable descriptors");

        double[][] x = rows.toArray(new double[0][]);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> names = new ArrayList<>(set.featureNames());
        for (int k = 0; k < extras.size(); k++) {
            String col = extras.get(k);
            names.add(col);
            if (col.equals(target)) {
                warnings.add("extra column '" + col + "' is the target itself: the model would be given the answer");
                continue;
            }
            double[] column = new double[x.length];
            for (int i = 0; i < x.length; i++) column[i] = x[i][set.featureNames().size() + k];
            double r = Moments.pearson(column, y);   // NaN for a constant column: never flagged
            if (Math.abs(r) > COLLINEAR_R)
                warnings.add(String.format(Locale.ROOT, "extra column '%s' is nearly collinear with the target '%s' (r = %.3f): "
                        + "it likely leaks the label", col, target, r));
        }
        return new FeatureMatrix(ids, formulas, names, x, y, target, warnings);
    }

    private static boolean allFinite(double[] row) {
        for (double v : row) if (!Double.isFinite(v)) return false;
        return true;
    }
}
