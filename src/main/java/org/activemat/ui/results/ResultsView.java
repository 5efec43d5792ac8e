package org.activemat.ui.results;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.activemat.engine.loop.LabelCost;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.common.chart.FxColors;
import org.activemat.ui.common.chart.StrategyColors;

import static org.activemat.engine.strategy.Strategies.BASELINE;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The Results panel: the per-strategy table; MAE against the DFT time of the labels when the data records pw.x times;
 * a parity plot and a calibration plot of the test-set predictions.
 */
public final class ResultsView extends BorderPane {
    /** How the recalibrated spread is made, for the tooltips. */
    private static final String RECALIBRATED = "a factor on σ or an isotonic map, fitted at the final round on held-out "
            + "residuals: each batch as the previous model predicted it, or k-fold cross-validation";
    private final ResultsViewModel vm;
    private final TableView<StrategyRow> table = new TableView<>();
    private final ChartView parity = new ChartView();
    private final ChartView calibration = new ChartView();
    private final ChartView cost = new ChartView();

    /** A table row's and the header's height in pixels at the default font (the header has a little more). */
    private static final double ROW = 24, HEADER = 42, SCROLL_BAR = 18;   // headers of two lines ("in 2σ %" over "→ recal.")

    public ResultsView(ResultsViewModel vm) {
        this.vm = vm;
        setId("results-view");
        Label headline = new Label();
        headline.textProperty().bind(vm.headlineProperty());
        headline.setWrapText(true);
        headline.setPadding(new Insets(10, 10, 4, 10));
        Label verdict = new Label();
        verdict.setId("results-verdict");
        verdict.textProperty().bind(vm.verdictProperty().map(v -> v.isEmpty() ? "" : "Verdict: " + v));
        verdict.setWrapText(true);
        verdict.setStyle("-fx-font-weight: bold");
        verdict.setPadding(new Insets(0, 10, 4, 10));
        setTop(new VBox(headline, verdict));

        table.setId("results-table");
        table.setItems(vm.rows());
        TableColumn<StrategyRow, String> name = new TableColumn<>("strategy");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().strategy()));
        name.setPrefWidth(100);
        TableColumn<StrategyRow, String> mae = new TableColumn<>("final MAE ± std");
        mae.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finalMaeText()));
        mae.setPrefWidth(150);
        table.getColumns().addAll(List.of(name, mae,
                number("RMSE", StrategyRow::finalRmse, "%.4g", "Root mean square error on the test set, final round, mean over seeds"),
                number("R²", StrategyRow::finalR2, "%.3f", "Coefficient of determination on the test set, final round"),
                text("vs " + BASELINE + " (95 % CI)", StrategyRow::vsBaseline, 185, "Final MAE against " + BASELINE
                        + ", seed by seed, in % of " + BASELINE + "'s (negative = fewer errors), with its 95 % confidence interval"),
                number("p (Holm)", StrategyRow::holmP, "%.2g", "Paired t-test of final MAE against " + BASELINE
                        + " across seeds, Holm-corrected across the strategies"),
                number("d_z", StrategyRow::dz, "%.2f", "Effect size: mean paired difference / its standard deviation"),
                text("labels saved", StrategyRow::labelsSaved, 165, "Fewer labels needed to reach " + BASELINE
                        + "'s final MAE, in % of the final label count (never = not reached), with a bootstrap interval over seeds"),
                number("ρ", StrategyRow::spearman, "%.2f", "Calibration: rank correlation of ensemble std with |error|, "
                        + "the mean of each seed's (the calibration plot pools all seeds' test predictions instead)"),
                text("in 2σ %\n→ recal.", StrategyRow::within2SigmaText, 70, "Calibration: test errors no larger than twice "
                        + "the ensemble std, in % (95 for an honest Gaussian spread; far less when the committee is overconfident); "
                        + "after the arrow, with the std recalibrated without the test set (" + RECALIBRATED + ")"),
                text("σ × 95 %\n→ recal.", StrategyRow::widening95Text, 84, "Calibration: how many times wider the ensemble std "
                        + "must be for 95 % of the test errors to fall within 2σ (×1 is honest); after the arrow, for the "
                        + "recalibrated std"),
                number("seeds", r -> r.seeds(), "%.0f", "Seeds that finished"), dftTime()));
        table.setPlaceholder(new Label("No results yet: run an experiment (Run panel) or open a saved one (Ctrl+Shift+O)."));
        // as tall as its rows (at least three, for the placeholder): no empty rows under them, the plots get the rest
        table.setFixedCellSize(ROW);
        // no column narrower than it was made for, so numbers stay whole
        for (TableColumn<StrategyRow, ?> c : table.getColumns()) c.setMinWidth(c.getPrefWidth());
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        // a narrow panel (the guide docked) scrolls sideways; the bar then needs room under the rows. Decided after the
        // layout pass that set the width: a height asked for during layout would be dropped
        var scrolls = new javafx.beans.property.SimpleBooleanProperty();
        table.widthProperty().addListener((o, was, w) -> javafx.application.Platform.runLater(() -> {
            boolean narrow = table.getWidth() < columns + 4;
            table.setColumnResizePolicy(narrow ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            scrolls.set(narrow);
        }));
        var fit = javafx.beans.binding.Bindings.createDoubleBinding(() -> HEADER + ROW * Math.max(3, vm.rows().size())
                + (scrolls.get() ? SCROLL_BAR : 0), vm.rows(), scrolls);
        table.prefHeightProperty().bind(fit);
        table.maxHeightProperty().bind(fit);
        table.minHeightProperty().bind(fit);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);   // a wide panel: the last column flexes

        ComboBox<String> strategy = new ComboBox<>(vm.strategies());
        strategy.setId("results-strategy");
        strategy.valueProperty().bindBidirectional(vm.strategyProperty());
        ComboBox<Integer> seed = new ComboBox<>(vm.seeds());
        seed.setConverter(new StringConverter<>() {
            @Override public String toString(Integer s) {
                return s == null ? "" : s == ResultsViewModel.ALL_SEEDS ? "all seeds" : "seed " + s;
            }

            @Override public Integer fromString(String s) { return null; }
        });
        seed.setValue(ResultsViewModel.ALL_SEEDS);
        seed.valueProperty().addListener((o, a, b) -> { if (b != null) vm.seedProperty().set(b); });
        // a new run, a cancel or an opened experiment replaces the items (the ComboBox then clears its value)
        vm.seedProperty().addListener((o, a, b) -> seed.setValue(b.intValue()));
        vm.seeds().addListener((javafx.collections.ListChangeListener<Integer>) ch ->
                javafx.application.Platform.runLater(() -> seed.setValue(vm.seedProperty().get())));
        HBox chooser = new HBox(8, new Label("Test-set predictions of"), strategy, seed);
        chooser.setAlignment(Pos.CENTER_LEFT);
        parity.setId("parity-plot");
        calibration.setId("calibration-plot");
        parity.setEmptyMessage("Parity plot: predicted vs DFT on the test set");
        calibration.setEmptyMessage("Calibration: ensemble std vs |error|");
        cost.setId("cost-plot");
        SplitPane plots = new SplitPane(parity, calibration);
        vm.costCurvesProperty().addListener((o, a, curves) -> {   // only data that records pw.x times has this plot
            drawCost(curves);
            plots.getItems().setAll(curves.isEmpty() ? List.of(parity, calibration) : List.of(cost, parity, calibration));
            if (curves.isEmpty()) plots.setDividerPositions(0.5);
            else plots.setDividerPositions(1 / 3.0, 2 / 3.0);
        });
        VBox lower = new VBox(6, chooser, plots);
        VBox.setVgrow(plots, Priority.ALWAYS);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Test-set predictions", lower),
                new javafx.scene.control.Tab("Stopping rules", new StoppingView(vm.stopping())));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("results-tabs");
        VBox all = new VBox(6, table, tabs);   // the table keeps its rows' height, the plots take the rest
        VBox.setVgrow(tabs, Priority.ALWAYS);
        all.setPadding(new Insets(0, 10, 10, 10));
        setCenter(all);
        vm.predictionsProperty().addListener((o, a, p) -> draw(p));
    }

    /** Labels are not equally expensive: large or low-symmetry cells cost more pw.x time than small symmetric ones. */
    private static TableColumn<StrategyRow, String> dftTime() {
        TableColumn<StrategyRow, String> c = new TableColumn<>();
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(x.getValue().cost() == null ? "—" : x.getValue().cost().formatted()));
        Label header = new Label("DFT time of labels");
        header.setTooltip(new Tooltip("The pw.x wall time the data records for the structures each run labelled, mean ± std "
                + "over seeds (— when the data does not record it)"));
        c.setGraphic(header);
        c.setPrefWidth(140);
        return c;
    }

    private static TableColumn<StrategyRow, String> text(String title, java.util.function.Function<StrategyRow, String> f,
                                                         double width, String tip) {
        TableColumn<StrategyRow, String> c = new TableColumn<>();
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<StrategyRow, Double> number(String title, ToDoubleFunction<StrategyRow> f, String fmt, String tip) {
        TableColumn<StrategyRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsDouble(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "—" : Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, fmt, v));
            }
        });
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        c.setText(null);
        c.setGraphic(header);
        c.setPrefWidth(72);   // numbers are short: room for the interval columns at 1366 px
        return c;
    }

    private void drawCost(List<LabelCost.Curve> curves) {
        cost.clear();
        if (curves.isEmpty()) return;
        cost.setTitles("Test MAE vs DFT time of the labels" + (vm.rows().stream().anyMatch(r -> r.seeds() > 1) ? " (mean ± 1 std)" : ""),
                "pw.x hours of the labelled structures",
                org.activemat.engine.data.Units.label("MAE", vm.target()));
        for (LabelCost.Curve c : curves) {
            int n = c.seconds().length;
            double[] hours = new double[n], lo = new double[n], hi = new double[n];
            for (int i = 0; i < n; i++) {
                hours[i] = c.seconds()[i] / 3600;
                lo[i] = c.maeMean()[i] - c.maeStd()[i];
                hi[i] = c.maeMean()[i] + c.maeStd()[i];
            }
            cost.addLine(new ChartView.Line(c.strategy(), hours, c.maeMean(), lo, hi, FxColors.of(StrategyColors.argb(c.strategy())),
                    StrategyColors.dashed(c.strategy())));
        }
    }

    private void draw(ResultsViewModel.Predictions p) {
        parity.clear();
        calibration.clear();
        if (p == null || p.truth().length == 0) return;
        int color = StrategyColors.argb(p.strategy());
        parity.setShowDiagonal(true);
        parity.setTitles("Parity: " + p.strategy() + ", " + p.seedLabel() + " (" + p.truth().length + " test predictions)",
                org.activemat.engine.data.Units.label("DFT " + vm.target(), vm.target()),
                org.activemat.engine.data.Units.label("predicted (ensemble mean)", vm.target()));
        parity.addPoints(new ChartView.Points("", p.truth(), p.mean(), new int[]{color}, 6, true));
        // short enough for a third of the window: the table above explains each figure in its tooltip
        String seedLabel = p.seedLabel().equals("all seeds") ? "seeds pooled" : p.seedLabel();
        String info = Double.isNaN(p.within2SigmaRecalibrated())
                ? String.format(Locale.ROOT, "%s, %s: ρ = %.2f · %.0f%% within 2σ · ×%.1f for 95%%",
                        p.strategy(), seedLabel, p.spearman(), p.within2Sigma() * 100, p.widening95())
                : String.format(Locale.ROOT, "%s, %s: ρ = %.2f · in 2σ %.0f%% → %.0f%% recal.",
                        p.strategy(), seedLabel, p.spearman(), p.within2Sigma() * 100, p.within2SigmaRecalibrated() * 100);
        calibration.setTitles(info, org.activemat.engine.data.Units.label("ensemble std", vm.target()),
                org.activemat.engine.data.Units.label("|error|", vm.target()));
        calibration.addPoints(new ChartView.Points("", p.std(), p.absError(), new int[]{color}, 6, true));
        double maxStd = java.util.Arrays.stream(p.std()).max().orElse(0);   // points below the line lie within 2σ
        calibration.addLine(new ChartView.Line("|error| = 2σ", new double[]{0, maxStd}, new double[]{0, 2 * maxStd}, null, null,
                Color.gray(0.45), true));
        // the id first: an outlier is a structure to look up in the Data panel
        String u = org.activemat.engine.data.Units.of(vm.target()).isEmpty() ? "" : " " + org.activemat.engine.data.Units.of(vm.target());
        parity.setInfo(i -> String.format(Locale.ROOT, "%s\nDFT %.5g%s\npredicted %.5g ± %.2g%s", p.ids().get(i), p.truth()[i], u, p.mean()[i], p.std()[i], u));
        calibration.setInfo(i -> String.format(Locale.ROOT, "%s\nstd %.3g\n|error| %.3g", p.ids().get(i), p.std()[i], p.absError()[i]));
    }

    public TableView<StrategyRow> table() { return table; }

    public ChartView parity() { return parity; }

    public ChartView calibration() { return calibration; }

    public ChartView costChart() { return cost; }
}
