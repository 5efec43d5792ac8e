package org.activemat.engine.strategy;

import org.activemat.engine.registry.Parameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strategy as a plan and a results file record it: its registered name and the values of its parameters
 * (missing ones take their defaults). Strategy parameters live here, never in the protocol.
 */
public record StrategySpec(String name, Map<String, Double> params) {
    public StrategySpec {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The named strategy with every parameter at its default. */
    public static StrategySpec of(String name) {
        return new StrategySpec(name, Map.of());
    }

    public static List<StrategySpec> of(List<String> names) {
        return names.stream().map(StrategySpec::of).toList();
    }

    public StrategySpec with(String parameter, double value) {
        Map<String, Double> p = new LinkedHashMap<>(params);
        p.put(parameter, value);
        return new StrategySpec(name, p);
    }

    /** Every parameter's value: the given ones, the defaults for the rest (in the registry's order). */
    public Map<String, Double> resolved() {
        Map<String, Double> all = new LinkedHashMap<>();
        Strategies.REGISTRY.find(name).ifPresent(t -> {
            for (Parameter p : t.parameters()) all.put(p.name(), params.getOrDefault(p.name(), p.defaultValue()));
        });
        return all;
    }

    public double value(String parameter) {
        Double v = resolved().get(parameter);
        if (v == null) throw new IllegalArgumentException(name + " has no parameter '" + parameter + "'");
        return v;
    }

    /** Why this spec cannot be built: an unknown name, an unknown parameter or a value out of range. */
    public List<String> problems() {
        var type = Strategies.REGISTRY.find(name);
        if (type.isEmpty()) return List.of(Strategies.REGISTRY.unknown(name));
        List<String> p = new ArrayList<>();
        for (String given : params.keySet())
            if (type.get().parameters().stream().noneMatch(q -> q.name().equals(given)))
                p.add(name + " has no parameter '" + given + "'" + (type.get().parameters().isEmpty() ? ""
                        : "; it takes " + String.join(", ", type.get().parameters().stream().map(Parameter::name).toList())));
        for (Parameter q : type.get().parameters()) {
            String why = q.problem(params.getOrDefault(q.name(), q.defaultValue()));
            if (why != null) p.add(name + ": " + why);
        }
        if (p.isEmpty()) try { // values each in range may still not fit together (adaptive with no strategy to choose)
            type.get().factory().apply(resolved());
        } catch (IllegalArgumentException e) {
            p.add(e.getMessage());
        }
        return p;
    }

    public QueryStrategy create() {
        List<String> p = problems();
        if (!p.isEmpty()) throw new IllegalArgumentException(String.join("; ", p));
        return Strategies.REGISTRY.get(name).factory().apply(resolved());
    }

    /** "hybrid (alpha 0.6)" or just "random". */
    public String label() {
        Map<String, Double> r = resolved();
        if (r.isEmpty()) return name;
        List<String> bits = new ArrayList<>();
        var type = Strategies.REGISTRY.get(name);
        for (Parameter q : type.parameters()) bits.add(q.name() + " " + q.format(r.get(q.name())));
        return name + " (" + String.join(", ", bits) + ")";
    }
}
