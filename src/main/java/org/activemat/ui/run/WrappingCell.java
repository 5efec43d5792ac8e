package org.activemat.ui.run;

import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list row whose text wraps at the list's width, so a long pick reason reads without scrolling sideways. */
final class WrappingCell extends ListCell<String> {
    WrappingCell(ListView<String> list) {
        setWrapText(true);
        setMaxWidth(Control.USE_PREF_SIZE);
        prefWidthProperty().bind(list.widthProperty().subtract(22));   // less the vertical scroll bar and padding
    }

    @Override protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
