package org.activemat.ui.study;

import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.activemat.report.FigureFiles;
import org.activemat.report.FigureSize;
import org.activemat.report.ReportContent;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One study figure on screen: the report's own Java2D drawing rendered into an image at the pane's size (so the screen,
 * the PNG and the SVG share one drawing code), redrawn on resize, on a worker (a page figure can take longer than a frame).
 */
public final class FigurePane extends Region {
    private static final double SCREEN_DPI = 96;
    private final ImageView view = new ImageView();
    private final javafx.scene.control.Label empty = new javafx.scene.control.Label();
    private final PauseTransition settle = new PauseTransition(Duration.millis(80));
    private final AtomicLong generation = new AtomicLong();
    private ReportContent.ReportFigure figure;

    /** emptyText says what will be drawn here; save asks where and how large (the view's dialogs). */
    public FigurePane(String id, String emptyText, Consumer<FigurePane> savePng, Consumer<FigurePane> saveSvg) {
        setId(id);
        empty.setText(emptyText);
        empty.setWrapText(true);
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.setStyle("-fx-text-fill: #666;");
        empty.visibleProperty().bind(view.imageProperty().isNull());
        getChildren().addAll(view, empty);
        setMinSize(200, 150);
        settle.setOnFinished(e -> redraw());
        widthProperty().addListener(o -> settle.playFromStart());
        heightProperty().addListener(o -> settle.playFromStart());
        MenuItem png = new MenuItem("Save as PNG…"), svg = new MenuItem("Save as SVG…");
        png.setOnAction(e -> savePng.accept(this));
        svg.setOnAction(e -> saveSvg.accept(this));
        ContextMenu menu = new ContextMenu(png, svg);
        setOnContextMenuRequested(e -> {
            png.setDisable(figure == null);
            svg.setDisable(figure == null);
            menu.show(this, e.getScreenX(), e.getScreenY());
        });
    }

    public void setFigure(ReportContent.ReportFigure f) {
        figure = f;
        redraw();
    }

    public ReportContent.ReportFigure figure() { return figure; }

    /** The image on screen (null before the first system finishes). */
    public Image image() { return view.getImage(); }

    private void redraw() {
        long gen = generation.incrementAndGet();
        int w = (int) Math.floor(getWidth()), h = (int) Math.floor(getHeight());
        if (figure == null || w < 10 || h < 10) {
            if (figure == null) view.setImage(null);
            return;
        }
        var f = figure.figure();
        Thread t = new Thread(() -> {
            BufferedImage img = FigureFiles.toImage(f, w, h, SCREEN_DPI);
            Image fx = SwingFXUtils.toFXImage(img, null);
            Platform.runLater(() -> { if (generation.get() == gen) view.setImage(fx); });
        }, "activemat-figure");
        t.setDaemon(true);
        t.start();
    }

    /** The report's size at dpi: what the PNG dialog proposes. */
    public int[] defaultPixels(double dpi) {
        FigureSize s = figure.size();
        return new int[]{s.widthPx(dpi), s.heightPx(dpi)};
    }

    public void savePng(Path file, int widthPx, int heightPx, double dpi) throws IOException {
        FigureFiles.writePng(file, figure.figure(), widthPx, heightPx, dpi);
    }

    public void saveSvg(Path file) throws IOException {
        FigureFiles.writeSvg(file, figure.figure(), figure.size());
    }

    @Override protected void layoutChildren() {
        view.relocate(0, 0);
        double w = Math.max(0, Math.min(getWidth() - 32, 420)), h = empty.prefHeight(w);
        empty.resizeRelocate((getWidth() - w) / 2, (getHeight() - h) / 2, w, h);
    }
}
