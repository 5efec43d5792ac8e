package org.activemat.ui.strategies;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.strategy.StrategyType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One row of the Strategies form, made from a registered strategy: chosen or not, and a field per parameter. */
public final class StrategyChoice {
    private final StrategyType type;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final List<ParameterField> parameters;

    public StrategyChoice(StrategyType type) {
        this.type = type;
        this.parameters = type.parameters().stream().map(ParameterField::new).toList();
    }

    public String name() { return type.name(); }

    public String description() { return type.description(); }

    public boolean inPaper() { return type.inPaper(); }

    public BooleanProperty selectedProperty() { return selected; }

    public boolean isSelected() { return selected.get(); }

    public List<ParameterField> parameters() { return parameters; }

    public Optional<ParameterField> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** This strategy with the form's value of each of its parameters. */
    public StrategySpec spec() {
        StrategySpec s = StrategySpec.of(type.name());
        for (ParameterField p : parameters) s = s.with(p.name(), p.value());
        return s;
    }

    /** Shows a spec's values (its defaults where it gives none). */
    public void load(StrategySpec s) {
        Map<String, Double> values = s.resolved();
        for (ParameterField p : parameters) p.valueProperty().set(values.getOrDefault(p.name(), p.parameter().defaultValue()));
    }

    public void reset() {
        for (ParameterField p : parameters) p.reset();
    }

    /** Re-checks every field; the first problem, as "name: problem", or null. */
    String validate() {
        String first = null;
        for (ParameterField p : parameters) {
            String why = p.validate();
            if (why != null && first == null) first = name() + ": " + why;
        }
        return first;
    }

    /** The first problem the fields show now, as "name: problem", or null. */
    public String problem() {
        for (ParameterField p : parameters)
            if (!p.errorProperty().get().isEmpty()) return name() + ": " + p.errorProperty().get();
        return null;
    }

    List<Observable> observables() {
        List<Observable> o = new ArrayList<>(List.of(selected));
        for (ParameterField p : parameters) o.add(p.valueProperty());
        return o;
    }
}
