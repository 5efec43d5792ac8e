package org.activemat.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * Sizes a table column to what it shows: its header and the longest of its first rows, so ids and long property
 * names are not cut while a column of short values stays narrow. Measured once when the rows change, not per cell.
 */
public final class ColumnFit {
    private ColumnFit() {}

    /** Rows measured: enough to find the long ids, few enough to stay well under a frame. */
    private static final int SAMPLE = 2_000;
    /** A cell's left and right padding plus the sort arrow's room in the header. */
    private static final double PADDING = 26;

    /** Sets col's minimum and preferred width to fit its header and the texts of up to SAMPLE rows, within [min, max]. */
    public static <S> void fit(TableColumn<S, ?> col, java.util.List<? extends S> rows, Function<S, String> text, double min, double max) {
        Text probe = new Text();
        Font plain = Font.getDefault();
        probe.setFont(Font.font(plain.getFamily(), FontWeight.BOLD, plain.getSize()));   // headers are bold
        double w = width(probe, col.getText());
        probe.setFont(plain);
        for (int i = 0; i < Math.min(rows.size(), SAMPLE); i++) w = Math.max(w, width(probe, text.apply(rows.get(i))));
        double fitted = Math.max(min, Math.min(max, w + PADDING));
        col.setMinWidth(fitted);   // a constrained table shares out its width: this keeps the fit from being cut back
        col.setPrefWidth(fitted);
    }

    private static double width(Text probe, String s) {
        if (s == null || s.isEmpty()) return 0;
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
