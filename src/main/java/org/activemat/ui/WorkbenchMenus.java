package org.activemat.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import static org.activemat.ui.WorkbenchAction.*;

/** Where each action appears: the menu bar and the toolbar, both made from the actions by one factory. */
final class WorkbenchMenus {
    private WorkbenchMenus() {}

    /** samples and recent are the window's own submenus (what is installed, what was opened). */
    static MenuBar menuBar(ActionFactory f, Menu samples, Menu recent) {
        Menu file = new Menu("File");
        file.getItems().addAll(f.menuItem(OPEN_DATA), samples, recent, new SeparatorMenuItem(),
                f.menuItem(OPEN_EXPERIMENT), f.menuItem(SAVE_EXPERIMENT), f.menuItem(SAVE_EXPERIMENT_AS),
                f.menuItem(EXPORT), f.menuItem(EXPORT_REPORT), new SeparatorMenuItem(),
                f.menuItem(QUIT));
        Menu run = new Menu("Run");
        run.getItems().addAll(f.menuItem(RUN), f.menuItem(CANCEL), new SeparatorMenuItem(), f.menuItem(SUGGEST));
        Menu help = new Menu("Help");
        help.getItems().addAll(f.menuItem(GUIDE), f.menuItem(ABOUT));
        return new MenuBar(file, run, help);
    }

    static ToolBar toolBar(ActionFactory f) {
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return new ToolBar(f.button(OPEN_DATA), f.button(OPEN_EXPERIMENT), f.button(SAVE_EXPERIMENT), new Separator(),
                f.button(RUN), f.button(CANCEL), new Separator(), f.button(EXPORT), grow, f.button(GUIDE), f.button(ABOUT));
    }
}
