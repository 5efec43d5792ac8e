package org.activemat.ui.strategies;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.function.Function;

/** The form's building blocks: a labelled text field tied to a number property, with its problem shown in red beside it. */
final class FormFields {
    private FormFields() {}

    /** What a whole-number field holds while its text is not a number. */
    static final int NOT_AN_INTEGER = Integer.MIN_VALUE;

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        return g;
    }

    /** A red, wrapping label that shows a field's problem (empty when there is none). */
    static Label error(String id, ObservableStringValue problem) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(problem);
        l.setStyle("-fx-text-fill: #c0392b;");
        l.setWrapText(true);
        l.setMaxWidth(260);
        return l;
    }

    static Label name(String text, String tip) {
        Label name = new Label(text);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setTooltip(new Tooltip(tip));
        return name;
    }

    static TextField text(String id, String tip, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    /** Name, field and problem on one row of g: columns 0, 1 and 2; the field is marked while it has a problem. */
    static TextField row(GridPane g, int row, String key, String name, String tip, ObservableStringValue problem) {
        TextField t = text("field-" + key, tip, 7);
        t.setMinWidth(Region.USE_PREF_SIZE);
        markInvalid(t, problem);
        Label error = error("error-" + key, problem);
        error.setMinWidth(0);   // wraps in the room left, so the box keeps its width
        g.add(name(name, tip), 0, row);
        g.add(t, 1, row);
        g.add(error, 2, row);
        return t;
    }

    /** Set on a field while its value is wrong: the style sheet draws it with a red border. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** The form's style sheet (the invalid fields' border). */
    static String styleSheet() {
        return FormFields.class.getResource("form.css").toExternalForm();
    }

    static void markInvalid(Node field, ObservableStringValue problem) {
        field.pseudoClassStateChanged(INVALID, !problem.get().isEmpty());
        problem.addListener((o, a, now) -> field.pseudoClassStateChanged(INVALID, now != null && !now.isEmpty()));
    }

    static void bindInteger(TextField t, IntegerProperty p) {
        link(t, p, s -> {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return NOT_AN_INTEGER;  // shown as "not a number" by validation, never used
            }
        }, String::valueOf);
    }

    /** Unparsable text becomes NaN, which validation reports; whole-number fields show no decimals. */
    static void bindReal(TextField t, DoubleProperty p, boolean whole) {
        link(t, p, s -> {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }, v -> Double.isNaN(v.doubleValue()) ? "" : whole && v.doubleValue() == Math.rint(v.doubleValue())
                ? String.valueOf((long) v.doubleValue()) : stripZeros(v.doubleValue()));
    }

    static void bindText(TextField t, StringProperty p) {
        t.textProperty().bindBidirectional(p);
    }

    private static String stripZeros(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    /** Text → property on every keystroke (so validation is live); property → text when a preset changes it. */
    private static <T extends Number> void link(TextField t, Property<Number> p, Function<String, T> parse,
                                                Function<Number, String> format) {
        t.setText(format.apply(p.getValue()));
        boolean[] updating = {false};
        t.textProperty().addListener((o, a, s) -> {
            if (updating[0]) return;
            updating[0] = true;
            p.setValue(parse.apply(s));
            updating[0] = false;
        });
        p.addListener((o, a, v) -> {
            if (updating[0]) return;
            updating[0] = true;
            t.setText(format.apply(v));
            updating[0] = false;
        });
    }
}
