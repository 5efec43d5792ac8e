package org.activemat.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.chart.ChartFiles;
import org.activemat.ui.common.chart.ChartImages;
import org.activemat.ui.common.chart.ChartPicture;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.common.chart.PngSize;
import org.activemat.ui.study.StudySession;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The File menu's dialogs for experiments: open, save (to its own file or a new one), export, and the study's report. */
final class ExperimentFiles {
    private final WorkbenchModel session;
    private final ExperimentSession experiment;
    private final StudySession study;
    private final FileChoosers choosers;
    private final Supplier<Window> window;
    private final Supplier<Map<String, ChartView>> charts;

    /** charts: the charts an export writes, by file name, as they are on screen now. */
    ExperimentFiles(WorkbenchModel session, ExperimentSession experiment, StudySession study, FileChoosers choosers,
                    Supplier<Window> window, Supplier<Map<String, ChartView>> charts) {
        this.session = session;
        this.experiment = experiment;
        this.study = study;
        this.choosers = choosers;
        this.window = window;
        this.charts = charts;
    }

    void openDialog() {
        File f = choosers.experiment("Open experiment").showOpenDialog(window.get());
        if (f != null) experiment.open(f.toPath());
    }

    /** Saves to the experiment's file, or asks where when it has none; then runs once written. */
    void saveThen(Runnable then) {
        Path file = session.experimentFileProperty().get();
        if (file != null && experiment.experiment() != null) experiment.save(file, then);
        else saveDialog(then);
    }

    private boolean nothingYet(String title) {
        if (experiment.experiment() != null) return false;
        Dialogs.error(window.get(), title, new IllegalArgumentException("Run an experiment first (F5)."));
        return true;
    }

    void saveDialog(Runnable then) {
        if (nothingYet("Nothing to save yet")) return;
        FileChooser fc = choosers.experimentSave("Save experiment");
        fc.setInitialFileName(experiment.suggestedFileName());
        File f = fc.showSaveDialog(window.get());
        if (f != null) experiment.save(f.toPath(), then);
    }

    void exportDialog() {
        if (nothingYet("Nothing to export yet")) return;
        File dir = choosers.folder("Export results, curves and charts to a folder", window.get());
        if (dir != null) exportTo(dir.toPath());
    }

    /**
     * results.json, curves.csv and one PNG per chart at twice its size on screen; each chart's picture is taken here,
     * painted and encoded on a worker. A chart never shown yet has no size: it gets 640 × 400.
     */
    void exportTo(Path dir) {
        Map<String, ExperimentSession.ChartImage> images = new LinkedHashMap<>();
        charts.get().forEach((name, chart) -> {
            ChartPicture p = chart.picture();
            boolean laidOut = p.width() >= PngSize.MIN_WIDTH && p.height() >= PngSize.MIN_HEIGHT;
            PngSize size = laidOut ? PngSize.scaled(p.width(), p.height(), 2) : PngSize.scaled(640, 400, 2);
            images.put(name, file -> ChartFiles.write(file, ChartImages.png(p, size)));
        });
        experiment.export(dir, images);
    }

    void exportReportDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the study as an HTML report");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML report", "*.html"));
        fc.setInitialFileName("report.html");
        File f = fc.showSaveDialog(window.get());
        if (f != null) study.exportReport(f.toPath());
    }
}
