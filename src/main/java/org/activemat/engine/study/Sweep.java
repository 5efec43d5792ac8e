package org.activemat.engine.study;

import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.strategy.StrategySpec;

import java.util.List;
import java.util.Locale;

/**
 * One setting varied over values with everything else fixed (the same seeds, so each value is paired with the others):
 * batch (labels per query), initial, queries, members, epochs, seeds, descriptors, or a strategy parameter as
 * STRATEGY.NAME (hybrid.alpha, diversity.k).
 */
public record Sweep(String setting, List<String> values) {
    public static final List<String> SETTINGS = List.of("batch", "initial", "queries", "members", "epochs", "descriptors",
            "STRATEGY.PARAMETER");

    public Sweep {
        setting = setting.trim().toLowerCase(Locale.ROOT);
        values = List.copyOf(values);
        if (values.isEmpty()) throw new IllegalArgumentException("a sweep needs at least one value of " + setting);
    }

    /** "batch=5,10,15,20" as typed on the command line. */
    public static Sweep parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1)
            throw new IllegalArgumentException("expected SETTING=V1,V2,… (e.g. batch=5,10,15,20), got '" + text + "'");
        return new Sweep(text.substring(0, eq), List.of(text.substring(eq + 1).split(",")).stream().map(String::trim)
                .filter(v -> !v.isEmpty()).toList());
    }

    /** The spec with the setting at value; IllegalArgumentException naming the setting when it cannot be. */
    public ReplaySpec apply(ReplaySpec spec, String value) {
        if (setting.equals("descriptors")) return spec.withDescriptors(value);
        ExperimentPlan p = spec.plan();
        int dot = setting.indexOf('.');
        if (dot > 0) {
            String strategy = setting.substring(0, dot), name = setting.substring(dot + 1);
            if (!p.strategyNames().contains(strategy))
                throw new IllegalArgumentException("sweep " + setting + ": " + strategy + " is not among the strategies");
            StrategySpec s = p.strategy(strategy).with(name, number(value));
            if (!s.problems().isEmpty()) throw new IllegalArgumentException("sweep " + setting + ": " + String.join("; ", s.problems()));
            return spec.withPlan(p.withStrategyParameter(strategy, name, number(value)));
        }
        if (!SETTINGS.contains(setting))
            throw new IllegalArgumentException("cannot sweep '" + setting + "'; expected one of " + String.join(", ", SETTINGS));
        int v = whole(value);
        return spec.withPlan(switch (setting) {
            case "batch" -> p.withSchedule(p.initialLabels(), p.queries(), v);
            case "initial" -> p.withSchedule(v, p.queries(), p.batchSize());
            case "queries" -> p.withSchedule(p.initialLabels(), v, p.batchSize());
            case "members" -> p.withModel(p.model().settings().withMembers(v));
            case "epochs" -> p.withModel(p.model().settings().withEpochs(v));
            default -> throw new IllegalStateException(setting);
        });
    }

    private double number(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sweep " + setting + ": '" + v + "' is not a number");
        }
    }

    private int whole(String v) {
        double d = number(v);
        if (d != Math.rint(d)) throw new IllegalArgumentException("sweep " + setting + ": '" + v + "' is not a whole number");
        return (int) d;
    }
}
