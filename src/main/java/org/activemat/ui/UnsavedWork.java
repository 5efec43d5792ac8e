package org.activemat.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks before unsaved results are lost (quit, close, open another experiment, run again): Save, Discard or Cancel, as
 * desktop applications do. Non-blocking (show, not showAndWait), so background work and tests keep going.
 */
final class UnsavedWork {
    static final String DIALOG_ID = "unsaved-dialog";
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final WorkbenchModel model;
    private final Supplier<Window> owner;
    /** Saves (asking where when it has no file yet) and runs its argument once written; not when the user gives up. */
    private final Consumer<Runnable> saveThen;

    UnsavedWork(WorkbenchModel model, Supplier<Window> owner, Consumer<Runnable> saveThen) {
        this.model = model;
        this.owner = owner;
        this.saveThen = saveThen;
    }

    /** Runs proceed at once when nothing is unsaved; else after Save (once written) or Discard; never after Cancel. */
    void confirm(String action, Runnable proceed) {
        if (!model.unsavedProperty().get()) {
            proceed.run();
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("ActiveMat — unsaved experiment");
        a.setHeaderText("Save the experiment before you " + action + "?");
        a.setContentText("Its curves, picks and results are in no file yet; Discard loses them.");
        a.getDialogPane().setId(DIALOG_ID);
        a.getDialogPane().setMinWidth(480);
        a.resultProperty().addListener((o, was, b) -> {
            if (b == SAVE) saveThen.accept(proceed);
            else if (b == DISCARD) proceed.run();
        });
        a.show();
    }

    /** The close button of the window showing root asks too; quit hides the window once the user has decided. */
    void guardClose(javafx.scene.Node root, Runnable quit) {
        root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((o, was, w) -> {
            if (w != null) w.setOnCloseRequest(e -> {
                if (!model.unsavedProperty().get()) return;
                e.consume();
                quit.run();
            });
        });
    }
}
