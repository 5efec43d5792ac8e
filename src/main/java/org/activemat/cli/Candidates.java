package org.activemat.cli;

import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.loop.ExperimentPreset;
import org.activemat.engine.model.ModelBackends;
import org.activemat.engine.registry.Parameter;
import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.strategy.StrategyType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Option values read from the registries, for picocli's completion and ${COMPLETION-CANDIDATES} in help. */
final class Candidates {
    private Candidates() {}

    static final class StrategyNames implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Strategies.names().iterator(); }
    }

    static final class DescriptorSets implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Descriptors.names().iterator(); }
    }

    static final class ModelNames implements Iterable<String> {
        @Override public Iterator<String> iterator() { return ModelBackends.REGISTRY.names().iterator(); }
    }

    static final class PresetNames implements Iterable<String> {
        @Override public Iterator<String> iterator() { return ExperimentPreset.REGISTRY.names().iterator(); }
    }

    /** Every strategy parameter as STRATEGY.NAME=DEFAULT, e.g. diversity.k=15. */
    static final class StrategyParameters implements Iterable<String> {
        @Override public Iterator<String> iterator() {
            List<String> all = new ArrayList<>();
            for (StrategyType t : Strategies.REGISTRY.entries())
                for (Parameter p : t.parameters()) all.add(t.name() + "." + p.name() + "=" + p.format(p.defaultValue()));
            return all.iterator();
        }
    }
}
