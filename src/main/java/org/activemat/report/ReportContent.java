package org.activemat.report;

import org.activemat.engine.study.PairedSummary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one study's HTML report shows, filled in by whoever ran the study.
 *
 * @param title           e.g. "Active learning study: formation_energy_per_atom on Si, Fe, C, Ti–O"
 * @param property        the target (its unit heads the table)
 * @param summaries       one per system, in order (after {@link PairedSummary#holmAcross} for a study)
 * @param calibration     system → strategy → calibration; may be empty
 * @param figures         embedded in order
 * @param settings        name → value, shown in the order given (a LinkedHashMap keeps it)
 * @param softwareVersion e.g. "ActiveMat Workbench 0.1.0"
 * @param datasets        the data each system was run on
 * @param reproduce       the one command that reruns the study
 * @param notes           anything a reader must know (e.g. "cancelled: Fe did not finish"); may be empty
 */
public record ReportContent(String title, String property, List<PairedSummary> summaries,
                            Map<String, Map<String, StudyTable.Calibration>> calibration, List<ReportFigure> figures,
                            Map<String, String> settings, String softwareVersion, List<Dataset> datasets, String reproduce,
                            List<String> notes) {

    /** A dataset by its name, file and SHA-256 fingerprint (hex). */
    public record Dataset(String name, String file, String sha256) {}

    /** A figure with its caption, drawn at size; fileName names its PNG download (e.g. "learning-curves.png"). */
    public record ReportFigure(String caption, Figure figure, FigureSize size, String fileName) {
        public ReportFigure {
            Objects.requireNonNull(figure, "figure");
            if (size == null) size = FigureSize.PAGE;
            if (caption == null) caption = "";
            if (fileName == null || fileName.isBlank()) fileName = "figure.png";
        }
    }

    public ReportContent {
        title = title == null ? "Active learning study" : title;
        property = property == null ? "" : property;
        summaries = List.copyOf(summaries);
        calibration = calibration == null ? Map.of() : Map.copyOf(calibration);
        figures = figures == null ? List.of() : List.copyOf(figures);
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        softwareVersion = softwareVersion == null ? "" : softwareVersion;
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        reproduce = reproduce == null ? "" : reproduce;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public StudyTable table() {
        return StudyTable.of(property, summaries, calibration);
    }
}
