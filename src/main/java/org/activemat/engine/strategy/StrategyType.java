package org.activemat.engine.strategy;

import org.activemat.engine.registry.Parameter;
import org.activemat.engine.registry.Registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A registered query strategy: its name, a line saying how it picks, its typed parameters, and how to build it from
 * values of those parameters (every parameter present, each within its range: {@link StrategySpec} sees to that).
 */
public record StrategyType(String name, String description, boolean inPaper, List<Parameter> parameters,
                           Function<Map<String, Double>, QueryStrategy> factory) implements Registry.Entry {
    public StrategyType {
        parameters = List.copyOf(parameters);
    }

    public static StrategyType of(String name, String description, Function<Map<String, Double>, QueryStrategy> factory,
                                  Parameter... parameters) {
        return new StrategyType(name, description, false, List.of(parameters), factory);
    }

    /** One of the four strategies arXiv 2601.06916 compares. */
    static StrategyType paper(String name, String description, Function<Map<String, Double>, QueryStrategy> factory,
                              Parameter... parameters) {
        return new StrategyType(name, description, true, List.of(parameters), factory);
    }
}
