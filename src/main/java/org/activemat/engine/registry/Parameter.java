package org.activemat.engine.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One typed setting of a registered thing (a strategy's k, a backend's learning rate): its name, what it means, its
 * default, its range or choices and its unit. CLI help, the workbench's forms and validation are all built from it.
 */
public record Parameter(String name, String description, Kind kind, double defaultValue, double min, double max,
                        String unit, List<String> choices) {
    public enum Kind { INTEGER, REAL, CHOICE }

    public Parameter {
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Parameter integer(String name, String description, int defaultValue, int min, int max) {
        return new Parameter(name, description, Kind.INTEGER, defaultValue, min, max, "", List.of());
    }

    public static Parameter real(String name, String description, double defaultValue, double min, double max, String unit) {
        return new Parameter(name, description, Kind.REAL, defaultValue, min, max, unit, List.of());
    }

    /** Why value is not allowed for this parameter; null when it is. */
    public String problem(double value) {
        if (!Double.isFinite(value)) return name + " must be a number (got " + value + ")";
        if (kind == Kind.INTEGER && value != Math.rint(value)) return name + " must be a whole number (got " + format(value) + ")";
        if (value < min || value > max) return name + " must be in [" + format(min) + ", " + format(max) + "] (got " + format(value) + ")";
        return null;
    }

    /** The default (or any value) as a user types it: 15, 0.6, 0.001. */
    public String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return String.format(Locale.ROOT, "%s", value);
    }

    /** "k (k-means clusters, default 15, 1–1000)" for help texts and tooltips. */
    public String help() {
        List<String> bits = new ArrayList<>();
        bits.add("default " + format(defaultValue) + (unit.isEmpty() ? "" : " " + unit));
        bits.add(format(min) + "–" + format(max));
        return description + " (" + String.join(", ", bits) + ")";
    }
}
