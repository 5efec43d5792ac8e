package org.activemat.ui.descriptors;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.descriptor.Clusters;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.loop.DataSplit;
import org.activemat.ui.WorkbenchModel;
import org.activemat.ui.common.chart.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Descriptors panel's state: which set (+ dataset columns as extras), the analysis (features, PCA) once computed,
 * the two PCs on the axes and what the colours mean. Computing runs on a worker: inputs() snapshots what to compute,
 * DescriptorAnalysis.compute does it, accept() shows it.
 */
public final class DescriptorsViewModel {
    private final WorkbenchModel session;
    private final StringProperty setName = new SimpleStringProperty(Descriptors.DEFAULT);
    private final ObservableList<String> availableExtras = FXCollections.observableArrayList();
    private final ObservableList<String> extras = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DescriptorAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FeatureStat> features = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final IntegerProperty xComponent = new SimpleIntegerProperty(0);
    private final IntegerProperty yComponent = new SimpleIntegerProperty(1);
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(ColorMode.TARGET);
    private final IntegerProperty clusters = new SimpleIntegerProperty(15);
    private final ReadOnlyObjectWrapper<ScatterData> scatter = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Load a dataset to compute descriptors.");
    private final PicksSource picks;
    private int[] clusterLabels;
    private int clusterK = -1;

    /** Where the experiment's split and picks come from (the Run panel's results), if any. */
    public interface PicksSource {
        /** Ids in the test set of seed, or null when no run with that seed is known. */
        java.util.Set<String> testIds(int seed);

        /** Round in which strategy/seed labelled each id (0 = initial), or null when unknown. */
        java.util.Map<String, Integer> pickRounds(String strategy, int seed);

        List<String> strategies();

        List<Integer> seeds();
    }

    private final StringProperty pickStrategy = new SimpleStringProperty();
    private final IntegerProperty pickSeed = new SimpleIntegerProperty(0);
    /** The test fraction the next run will use (bound to the Strategies panel's). */
    private final DoubleProperty testFraction = new SimpleDoubleProperty(0.2);

    public DescriptorsViewModel(WorkbenchModel session, PicksSource picks) {
        this.session = session;
        this.picks = picks;
        session.filteredProperty().addListener((o, a, d) -> refreshExtras());
        session.targetProperty().addListener((o, a, t) -> refreshExtras());
        for (javafx.beans.Observable ob : new javafx.beans.Observable[]{xComponent, yComponent, colorMode, clusters,
                pickStrategy, pickSeed, testFraction}) ob.addListener(x -> rebuildScatter());
    }

    private void refreshExtras() {
        Dataset d = session.filtered();
        List<String> names = d == null ? List.of() : new ArrayList<>(d.propertyNames());
        availableExtras.setAll(names);
        extras.removeIf(e -> !names.contains(e));
    }

    /** What a worker needs to compute the analysis, or null when there is nothing to compute. */
    public Inputs inputs() {
        Dataset d = session.filtered();
        if (d == null || d.size() == 0 || session.target() == null) return null;
        return new Inputs(d, setName.get(), session.target(), List.copyOf(extras));
    }

    public record Inputs(Dataset data, String setName, String target, List<String> extras) {
        public DescriptorAnalysis compute() { return DescriptorAnalysis.compute(data, setName, target, extras); }
    }

    public void accept(DescriptorAnalysis a) {
        analysis.set(a);
        features.setAll(a.features());
        warnings.set(String.join("\n", a.matrix().warnings()));
        clusterLabels = null;
        if (xComponent.get() >= a.components()) xComponent.set(0);
        if (yComponent.get() >= a.components()) yComponent.set(Math.min(1, a.components() - 1));
        status.set(String.format(Locale.ROOT, "%s: %d features × %d entries; PC1–PC2 explain %.0f %% of the variance.",
                a.matrix().featureNames().size() > 0 ? setName.get() : "", a.matrix().columns(), a.rows(),
                100 * (a.explained()[0] + (a.components() > 1 ? a.explained()[1] : 0))));
        rebuildScatter();
    }

    public void failed(String message) {
        status.set(message);
    }

    /** Re-colours after an experiment finished or was opened. */
    public void picksChanged() {
        if (pickStrategy.get() == null && !picks.strategies().isEmpty()) pickStrategy.set(picks.strategies().get(0));
        rebuildScatter();
    }

    private void rebuildScatter() {
        DescriptorAnalysis a = analysis.get();
        if (a == null) return;
        int n = a.rows();
        int cx = Math.min(xComponent.get(), a.components() - 1), cy = Math.min(yComponent.get(), a.components() - 1);
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a.scores()[i][cx];
            y[i] = a.scores()[i][cy];
        }
        scatter.set(switch (colorMode.get()) {
            case TARGET -> byTarget(a, x, y);
            case CLUSTER -> byCluster(a, x, y);
            case SPLIT -> bySplit(a, x, y);
            case PICK_ROUND -> byPickRound(a, x, y);
        });
    }

    private ScatterData byTarget(DescriptorAnalysis a, double[] x, double[] y) {
        double[] t = a.matrix().y();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : t) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        int[] c = new int[t.length];
        for (int i = 0; i < t.length; i++) c[i] = Palette.sequential(hi > lo ? (t[i] - lo) / (hi - lo) : 0.5);
        return new ScatterData(x, y, c, org.activemat.engine.data.Units.label(a.matrix().target(), a.matrix().target()), lo, hi, List.of(), new int[0], "");
    }

    private ScatterData byCluster(DescriptorAnalysis a, double[] x, double[] y) {
        int k = Math.max(1, clusters.get());
        if (clusterLabels == null || clusterK != k) {
            clusterLabels = Clusters.kmeans(a.standardized(), k, 0);
            clusterK = k;
        }
        int[] c = new int[x.length];
        int max = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = Palette.categorical(clusterLabels[i]);
            max = Math.max(max, clusterLabels[i] + 1);
        }
        return new ScatterData(x, y, c, null, 0, 0, List.of(), new int[0],
                max + " k-means clusters (k = " + k + ") on the standardized features; colours repeat after 10");
    }

    private static final int GREY = 0xffb4b4b4;

    /**
     * Train pool / test of the chosen seed. A run with that seed (live, finished or opened) is shown as it was made;
     * before any run the split comes from the engine's DataSplit with the Strategies panel's test fraction — the
     * split the next run of that seed will use, since it depends on the rows, the seed and the fraction only.
     */
    private ScatterData bySplit(DescriptorAnalysis a, double[] x, double[] y) {
        int seed = pickSeed.get();
        java.util.Set<String> fromRun = picks.testIds(seed);
        boolean[] isTest = new boolean[x.length];
        String source;
        boolean runMatches = false;
        if (fromRun != null) {
            for (int i = 0; i < isTest.length; i++) runMatches |= isTest[i] = fromRun.contains(a.matrix().ids().get(i));
        }
        if (runMatches) {
            source = "as the run made it";
        } else { // no run with this seed, or it was made on another dataset
            double f = testFraction.get();
            if (!(f > 0 && f < 1)) {
                int[] c = new int[x.length];
                java.util.Arrays.fill(c, GREY);
                return new ScatterData(x, y, c, null, 0, 0, List.of(), new int[0],
                        "Set a test fraction between 0 and 1 on the Strategies panel to see the split.");
            }
            isTest = DataSplit.of(a.rows(), seed, f).testMask();
            source = String.format(Locale.ROOT, "test fraction %.2f, as the next run will split", f);
        }
        int pool = Palette.categorical(0), testC = Palette.categorical(1);
        int[] c = new int[x.length];
        int nt = 0;
        for (int i = 0; i < c.length; i++) {
            c[i] = isTest[i] ? testC : pool;
            if (isTest[i]) nt++;
        }
        return new ScatterData(x, y, c, null, 0, 0, List.of("training pool", "test set"), new int[]{pool, testC},
                "seed " + seed + ": " + nt + " test entries (" + source + ")");
    }

    private ScatterData byPickRound(DescriptorAnalysis a, double[] x, double[] y) {
        String s = pickStrategy.get();
        java.util.Map<String, Integer> rounds = s == null ? null : picks.pickRounds(s, pickSeed.get());
        int[] c = new int[x.length];
        java.util.Arrays.fill(c, GREY);
        if (rounds == null)
            return new ScatterData(x, y, c, null, 0, 0, List.of(), new int[0],
                    "Run (or open) an experiment on this dataset to see where each strategy looks, round by round.");
        int max = rounds.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < c.length; i++) {
            Integer r = rounds.get(a.matrix().ids().get(i));
            if (r != null) c[i] = Palette.sequential(max == 0 ? 0 : r / (double) max);
        }
        return new ScatterData(x, y, c, "round picked (" + s + ", seed " + pickSeed.get() + ")", 0, Math.max(1, max),
                List.of(), new int[0], "grey: never labelled; round 0 = initial random labels");
    }

    /** "id · formula · target = value" for the hover label. */
    public String info(int row) {
        DescriptorAnalysis a = analysis.get();
        if (a == null || row < 0 || row >= a.rows()) return "";
        String unit = org.activemat.engine.data.Units.of(a.matrix().target());   // hover labels carry units too
        return String.format(Locale.ROOT, "%s\n%s\n%s = %.5g%s", a.matrix().ids().get(row), a.matrix().formulas().get(row),
                a.matrix().target(), a.matrix().y()[row], unit.isEmpty() ? "" : " " + unit);
    }

    public void select(int row) {
        DescriptorAnalysis a = analysis.get();
        if (a != null && row >= 0 && row < a.rows()) session.selectedIdProperty().set(a.matrix().ids().get(row));
    }

    public int selectedRow() {
        DescriptorAnalysis a = analysis.get();
        String id = session.selectedIdProperty().get();
        return a == null || id == null ? -1 : a.rowOf(id);
    }

    public StringProperty setNameProperty() { return setName; }
    public ObservableList<String> availableExtras() { return availableExtras; }
    public ObservableList<String> extras() { return extras; }
    public ReadOnlyObjectProperty<DescriptorAnalysis> analysisProperty() { return analysis.getReadOnlyProperty(); }
    public ObservableList<FeatureStat> features() { return features; }
    public ReadOnlyStringProperty warningsProperty() { return warnings.getReadOnlyProperty(); }
    public IntegerProperty xComponentProperty() { return xComponent; }
    public IntegerProperty yComponentProperty() { return yComponent; }
    public ObjectProperty<ColorMode> colorModeProperty() { return colorMode; }
    public IntegerProperty clustersProperty() { return clusters; }
    public ReadOnlyObjectProperty<ScatterData> scatterProperty() { return scatter.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public StringProperty pickStrategyProperty() { return pickStrategy; }
    public IntegerProperty pickSeedProperty() { return pickSeed; }
    public DoubleProperty testFractionProperty() { return testFraction; }
    public PicksSource picks() { return picks; }
    public WorkbenchModel session() { return session; }
}
