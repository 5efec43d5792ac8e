package org.activemat.engine.descriptor;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.data.Entry;

import java.util.List;
import java.util.Map;

/**
 * composition-8: atomic-fraction-weighted statistics of element properties, computable from a formula alone.
 * Noble gases without a Pauling electronegativity are left out of the electronegativity mean and std
 * (the other fractions renormalised); a composition made only of them gives NaN there.
 */
public final class CompositionDescriptors implements DescriptorSet {
    public static final String NAME = "composition-8";
    static final List<String> FEATURES = List.of("mean_Z", "std_Z", "mean_electronegativity", "std_electronegativity",
            "mean_atomic_mass", "mean_covalent_radius", "mean_valence_electrons", "n_elements");

    @Override public String name() { return NAME; }

    @Override public List<String> featureNames() { return FEATURES; }

    @Override public boolean needsStructure() { return false; }

    @Override public double[] compute(Entry entry) { return of(entry.composition()); }

    public static double[] of(Composition c) {
        Map<Element, Double> f = c.fractions();
        double meanZ = 0, mass = 0, radius = 0, valence = 0, chiWeight = 0, chiSum = 0;
        for (var e : f.entrySet()) {
            Element el = e.getKey();
            double w = e.getValue();
            meanZ += w * el.z();
            mass += w * el.atomicMass();
            radius += w * el.covalentRadius();
            valence += w * el.valenceElectrons();
            if (!Double.isNaN(el.electronegativity())) {
                chiWeight += w;
                chiSum += w * el.electronegativity();
            }
        }
        double meanChi = chiWeight > 0 ? chiSum / chiWeight : Double.NaN;
        double varZ = 0, varChi = 0;
        for (var e : f.entrySet()) {
            Element el = e.getKey();
            double w = e.getValue();
            varZ += w * sq(el.z() - meanZ);
            if (!Double.isNaN(el.electronegativity())) varChi += w / chiWeight * sq(el.electronegativity() - meanChi);
        }
        double stdChi = chiWeight > 0 ? Math.sqrt(varChi) : Double.NaN;
        return new double[]{meanZ, Math.sqrt(varZ), meanChi, stdChi, mass, radius, valence, f.size()};
    }

    private static double sq(double x) { return x * x; }
}
