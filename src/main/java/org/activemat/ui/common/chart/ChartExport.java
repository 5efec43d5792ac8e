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
        write(snapshot(node), file);
    }

    /** FX thread: render the node (cheap); the encoding in write() can then run on a worker. */
    public static WritableImage snapshot(Node node) {
        return node.snapshot(new SnapshotParameters(), null);
    }

    public static void write(WritableImage img, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile()))
            throw new IOException("no PNG writer available");
    }
}
