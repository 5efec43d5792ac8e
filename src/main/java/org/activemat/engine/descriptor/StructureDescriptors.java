package org.activemat.engine.descriptor;

import org.activemat.engine.math.Moments;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.NeighborFinder;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;

import java.util.List;

/**
 * structure-9: geometry of the cell and of the local environments, from the structure alone.
 * Two sites are bonded (count toward the coordination number) when closer than 1.2 × the sum of their covalent radii.
 * Lattice anisotropy is longest / shortest vector of the reduced cell (Lattice.reduced), so it does not depend on the
 * basis a file happened to use.
 */
public final class StructureDescriptors implements DescriptorSet {
    public static final String NAME = "structure-9";
    public static final double BOND_FACTOR = 1.2;
    static final List<String> FEATURES = List.of("n_sites", "volume_per_atom", "density", "packing_fraction",
            "mean_nn_distance", "std_nn_distance", "mean_coordination", "std_coordination", "lattice_anisotropy");

    @Override public String name() { return NAME; }

    @Override public List<String> featureNames() { return FEATURES; }

    @Override public boolean needsStructure() { return true; }

    @Override public double[] compute(Entry entry) {
        if (entry.structure() == null)
            throw new IllegalArgumentException("entry " + entry.id() + " has only a composition; " + NAME + " needs a structure");
        return of(entry.structure());
    }

    public static double[] of(Structure s) {
        int n = s.size();
        double volume = s.volume();
        double[] radius = new double[n];
        double spheres = 0, maxRadius = 0;
        for (int i = 0; i < n; i++) {
            Element e = s.species(i);
            radius[i] = e.covalentRadius();
            spheres += 4.0 / 3.0 * Math.PI * Math.pow(radius[i], 3);
            maxRadius = Math.max(maxRadius, radius[i]);
        }
        int[] coordination = new int[n];
        double[] nearest2 = new double[n];
        java.util.Arrays.fill(nearest2, Double.POSITIVE_INFINITY);
        NeighborFinder.visitPairs(s, BOND_FACTOR * 2 * maxRadius, (i, j, d2, dx, dy, dz) -> {
            double bond = BOND_FACTOR * (radius[i] + radius[j]);
            if (d2 <= bond * bond) coordination[i]++;
            if (d2 < nearest2[i]) nearest2[i] = d2;
        });
        double[] nn = new double[n];
        double[] wide = null; // only when some site has nothing within the bond cutoff (molecules in a box, vacancies)
        for (int i = 0; i < n; i++) {
            if (Double.isInfinite(nearest2[i]) && wide == null) wide = NeighborFinder.nearestDistances(s);
            nn[i] = Double.isInfinite(nearest2[i]) ? wide[i] : Math.sqrt(nearest2[i]);
        }
        double[] cn = new double[n];
        for (int i = 0; i < n; i++) cn[i] = coordination[i];
        double[] len = s.lattice().reduced().lengths();
        double longest = Math.max(len[0], Math.max(len[1], len[2]));
        double shortest = Math.min(len[0], Math.min(len[1], len[2]));
        return new double[]{n, volume / n, s.density(), spheres / volume,
                Moments.mean(nn), Moments.populationStd(nn), Moments.mean(cn), Moments.populationStd(cn), longest / shortest};
    }
}
