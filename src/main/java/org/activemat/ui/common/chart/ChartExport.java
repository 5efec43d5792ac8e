package org.activemat.ui.common.chart;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;

/** Saves what a node shows as a PNG file (snapshot on the FX thread, then ImageIO). */
public final class ChartExport {
    private ChartExport() {}

    public static void savePng(Node node, Path file) throws IOException {
        WritableImage img = node.snapshot(new SnapshotParameters(), null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile()))
            throw new IOException("no PNG writer available");
    }
}
