package org.activemat.ui.strategies;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.activemat.engine.registry.Parameter;

/**
 * One registered parameter on the form: its value as the user typed it (NaN when the text is not a number) and what is
 * wrong with it. The parameter itself (kind, default, range, unit) comes from the registry; nothing here names one.
 * A choice parameter holds the index of its choice.
 */
public final class ParameterField {
    private final Parameter parameter;
    private final DoubleProperty value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ParameterField(Parameter parameter) {
        this.parameter = parameter;
        this.value = new SimpleDoubleProperty(parameter.defaultValue());
    }

    public Parameter parameter() { return parameter; }

    public String name() { return parameter.name(); }

    /** The name as the form shows it, with the unit when there is one: "k", "T (K)". */
    public String label() {
        return parameter.unit().isEmpty() ? parameter.name() : parameter.name() + " (" + parameter.unit() + ")";
    }

    /** What it means, its default and its range. */
    public String tooltip() { return parameter.help(); }

    public boolean isInteger() { return parameter.kind() == Parameter.Kind.INTEGER; }

    public boolean isChoice() { return parameter.kind() == Parameter.Kind.CHOICE; }

    public DoubleProperty valueProperty() { return value; }

    public double value() { return value.get(); }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public void reset() { value.set(parameter.defaultValue()); }

    /** Re-checks the value and shows the problem beside the field; returns it (null when the value is fine). */
    String validate() {
        double v = value.get();
        String why = Double.isNaN(v) ? name() + " is not a number" : parameter.problem(v);
        error.set(why == null ? "" : why);
        return why;
    }
}
