package org.activemat.ui.common.chart;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Every chart's right-click menu: Copy as image, Save as PNG… (a scale of the on-screen size, or pixels and dpi) and
 * Save as SVG…. All three paint the chart's current picture with the screen's painters on Java2D (ChartImages).
 */
public final class ChartMenu {
    private ChartMenu() {}

    public static final String COPY_ID = "chart-copy-image", PNG_ID = "chart-save-png", SVG_ID = "chart-save-svg";

    static void attach(ChartView chart) {
        MenuItem copy = item(COPY_ID, "Copy as image"), png = item(PNG_ID, "Save as PNG…"), svg = item(SVG_ID, "Save as SVG…");
        copy.setOnAction(e -> copy(chart));
        png.setOnAction(e -> askPng(chart));
        svg.setOnAction(e -> askSvg(chart));
        ContextMenu menu = new ContextMenu(copy, png, svg);
        chart.setOnContextMenuRequested(e -> {
            boolean empty = chart.picture().isEmpty(), canSave = ChartExportHost.of(chart).isPresent();
            copy.setDisable(empty);
            png.setDisable(empty || !canSave);
            svg.setDisable(empty || !canSave);
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static MenuItem item(String id, String text) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        return m;
    }

    /** The chart as on screen (1×) on the system clipboard. */
    public static void copy(ChartView chart) {
        ChartPicture p = chart.picture();
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(ChartImages.image(p, PngSize.scaled(p.width(), p.height(), 1)), null));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void askPng(ChartView chart) {
        ChartExportHost host = ChartExportHost.of(chart).orElseThrow();
        ChartPicture p = chart.picture();
        PngSize twice = PngSize.scaled(p.width(), p.height(), 2);
        TextInputDialog d = new TextInputDialog("2×");
        if (chart.getScene() != null) d.initOwner(chart.getScene().getWindow());
        d.setTitle("Save as PNG");
        d.setHeaderText(String.format(Locale.ROOT, "The chart is %.0f × %.0f px on screen.%nType a scale (2× gives %d × %d px, "
                + "for print)%nor a size in pixels, e.g. 1600 × 900 px, 300 dpi.", p.width(), p.height(), twice.widthPx(), twice.heightPx()));
        d.setContentText("Size:");
        Optional<String> answer = d.showAndWait();
        if (answer.isEmpty()) return;
        PngSize size;
        try {
            size = PngSize.parse(answer.get(), p.width(), p.height());
        } catch (IllegalArgumentException e) {
            host.error(chart, "Save as PNG", e);
            return;
        }
        Path file = host.askFile(chart, "Save the chart as PNG", ChartFiles.defaultName(p.title(), "png"), "png");
        if (file != null) savePng(chart, file, size);
    }

    private static void askSvg(ChartView chart) {
        ChartExportHost host = ChartExportHost.of(chart).orElseThrow();
        Path file = host.askFile(chart, "Save the chart as SVG", ChartFiles.defaultName(chart.picture().title(), "svg"), "svg");
        if (file != null) saveSvg(chart, file);
    }

    /** What Save as PNG… does once it knows where and how large: the picture now, painted and written on a worker. */
    public static void savePng(ChartView chart, Path file, PngSize size) {
        ChartPicture p = chart.picture();
        ChartExportHost.of(chart).orElseThrow().write(chart, file, () -> ChartFiles.write(file, ChartImages.png(p, size)));
    }

    /** What Save as SVG… does once it knows where. */
    public static void saveSvg(ChartView chart, Path file) {
        ChartPicture p = chart.picture();
        ChartExportHost.of(chart).orElseThrow().write(chart, file,
                () -> ChartFiles.write(file, ChartImages.svg(p).getBytes(StandardCharsets.UTF_8)));
    }
}
