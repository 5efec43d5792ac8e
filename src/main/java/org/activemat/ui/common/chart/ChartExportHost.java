package org.activemat.ui.common.chart;

import javafx.scene.Node;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a chart's Save menu needs from the application it is in: a file chooser that starts where the user last wrote,
 * background work and error dialogs. The application installs one on its window's root; every chart in that window,
 * or in a window it owns, finds it, so a new chart gets the menu without being registered anywhere.
 */
public interface ChartExportHost {

    /**
     * Asks where to save (FX thread): the file with its extension, or null when the user cancels. An existing file
     * is returned only once the user agreed to replace it.
     */
    Path askFile(Node owner, String title, String initialName, String extension);

    /** Runs the write off the FX thread; a failure is one clear line in a dialog, and nothing already on disk is lost. */
    void write(Node owner, Path file, Write write);

    /** A problem before anything is written, e.g. a size the PNG dialog cannot use. */
    void error(Node owner, String title, Throwable problem);

    @FunctionalInterface
    interface Write {
        void run() throws Exception;
    }

    String PROPERTY = ChartExportHost.class.getName();

    /** Makes host the one every chart under root (and in windows owned by root's window) saves through. */
    static void install(Node root, ChartExportHost host) { root.getProperties().put(PROPERTY, host); }

    /** The host of node's window: on node or a parent, else on the root of the window that owns it. */
    static Optional<ChartExportHost> of(Node node) {
        for (Node n = node; n != null; n = n.getParent())
            if (n.getProperties().get(PROPERTY) instanceof ChartExportHost h) return Optional.of(h);
        Window w = node.getScene() == null ? null : node.getScene().getWindow();
        Window owner = w instanceof Stage s ? s.getOwner() : w instanceof PopupWindow p ? p.getOwnerWindow() : null;
        return owner == null || owner.getScene() == null ? Optional.empty() : of(owner.getScene().getRoot());
    }
}
