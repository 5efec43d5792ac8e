package org.activemat.ui;

import javafx.scene.input.KeyCombination;
import org.activemat.ui.common.Icons;

import java.util.Locale;

/**
 * Every command of the menu bar and toolbar, once: its menu text, its toolbar label (null: icon only), icon, shortcut
 * and what it does (the tooltip). As JabRef's StandardActions; the menus and toolbar are built from these.
 */
public enum WorkbenchAction {
    OPEN_DATA("Open data…", "Open data", Icons.OPEN_DATA, "Shortcut+O", "Open a dataset file"),
    OPEN_EXPERIMENT("Open experiment…", null, Icons.OPEN_EXPERIMENT, "Shortcut+Shift+O", "Open a saved experiment"),
    SAVE_EXPERIMENT("Save experiment…", null, Icons.SAVE_EXPERIMENT, "Shortcut+S", "Save the experiment"),
    SAVE_EXPERIMENT_AS("Save experiment as…", null, null, "Shortcut+Shift+S", "Save the experiment to a new file"),
    EXPORT("Export results…", null, Icons.EXPORT, "Shortcut+E", "Export results JSON, curves CSV and charts PNG"),
    EXPORT_REPORT("Export report…", null, Icons.EXPORT, null, "Write the study shown as one self-contained HTML report"),
    QUIT("Quit", null, null, "Shortcut+Q", "Close the workbench"),
    RUN("Run experiment", "Run", Icons.RUN, "F5", "Run the experiment"),
    CANCEL("Cancel", "Cancel", Icons.CANCEL, "Shift+F5", "Cancel the running experiment"),
    SUGGEST("Suggest next structures to compute…", null, Icons.SUGGEST, "Shortcut+G",
            "One round of active learning on your own candidates"),
    GUIDE("Getting started…", "Getting started", Icons.GUIDE, "F1", "A guided first experiment"),
    ABOUT("About ActiveMat…", null, Icons.ABOUT, null, "About ActiveMat Workbench");

    private final String text, label, shortcut, description;
    private final Icons icon;

    WorkbenchAction(String text, String label, Icons icon, String shortcut, String description) {
        this.text = text;
        this.label = label;
        this.icon = icon;
        this.shortcut = shortcut;
        this.description = description;
    }

    public String text() { return text; }

    /** The toolbar button's label, or null for an icon-only button. */
    public String label() { return label; }

    /** May be null. */
    public Icons icon() { return icon; }

    /** The accelerator, or null. */
    public KeyCombination keys() { return shortcut == null ? null : KeyCombination.keyCombination(shortcut); }

    public String description() { return description; }

    /** "Run the experiment (F5)": the description with the shortcut as this platform writes it. */
    public String tooltip() { return shortcut == null ? description : description + " (" + keys().getDisplayText() + ")"; }

    /** The toolbar button's node id, "toolbar-open-data". */
    public String id() { return "toolbar-" + name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
