package org.activemat.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.activemat.Version;

/** Error, warning and About dialogs. Non-blocking (show, not showAndWait) so background work and tests keep going. */
public final class Dialogs {
    private Dialogs() {}

    public static final String ERROR_DIALOG_ID = "error-dialog";

    public static Alert error(Window owner, String action, Throwable e) {
        ErrorMessages.Message m = ErrorMessages.of(action, e);
        Alert a = new Alert(Alert.AlertType.ERROR, m.detail(), ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("ActiveMat — error");
        a.setHeaderText(m.header());
        a.getDialogPane().setId(ERROR_DIALOG_ID);
        // file, line and problem at once at the default size: a wrapped label that never shortens to "…"
        Label text = new Label(m.detail());
        text.setId("error-detail");
        text.setWrapText(true);
        text.setMaxWidth(600);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setPrefWidth(640);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setExpandableContent(details(e));
        a.setResizable(true);
        a.show();
        return a;
    }

    /** The exception in full, for a bug report: folded away under "Show Details". */
    private static TextArea details(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        TextArea t = new TextArea(w.toString());
        t.setEditable(false);
        t.setPrefRowCount(12);
        t.setStyle("-fx-font-family: monospace;");
        return t;
    }

    public static final String WARNING_DIALOG_ID = "warning-dialog";

    /** Something the user should know while the work goes on, e.g. a file that contributed nothing. */
    public static Alert warning(Window owner, String header, String detail) {
        Alert a = new Alert(Alert.AlertType.WARNING, detail, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle("ActiveMat — warning");
        a.setHeaderText(header);
        a.getDialogPane().setId(WARNING_DIALOG_ID);
        a.getDialogPane().setMinWidth(520);
        a.show();
        return a;
    }

    public static final String CITATION = "Active Learning Strategies for Efficient Machine-Learned Interatomic Potentials "
            + "Across Diverse Material Systems, arXiv:2601.06916 (2026). https://arxiv.org/abs/2601.06916";

    public static void about(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About ActiveMat Workbench");
        a.setHeaderText("ActiveMat Workbench " + Version.get());
        a.setGraphic(Icons.SAMPLE.icon(40));
        Label text = new Label("Active learning of materials property models and interatomic potentials: "
                + "compare query strategies (random, uncertainty, diversity, hybrid) by how few "
                + "first-principles labels they need.\n\n"
                + "Licence: GNU General Public License, version 3 or (at your option) any later version "
                + "(GPL-3.0-or-later). Uses Smile (GPL-3.0), JavaFX, ControlsFX, Ikonli, Jackson and picocli.\n\n"
                + "If you use it in published work, please cite the study it reproduces:");
        TextArea cite = new TextArea(CITATION);
        cite.setEditable(false);
        cite.setWrapText(true);
        cite.setPrefRowCount(3);
        text.setWrapText(true);
        text.setMaxWidth(540);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, text, cite);
        box.setPrefWidth(560);
        a.getDialogPane().setContent(box);
        a.show();
    }
}
