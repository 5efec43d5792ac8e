package org.activemat.engine.chem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A periodic crystal: lattice, one species per site, Cartesian positions in Å. Immutable. */
public final class Structure {
    private final Lattice lattice;
    private final List<Element> species;
    private final double[][] positions;

    public Structure(Lattice lattice, List<Element> species, double[][] cartesian) {
        if (species.size() != cartesian.length)
            throw new IllegalArgumentException(species.size() + " species but " + cartesian.length + " positions");
        if (species.isEmpty()) throw new IllegalArgumentException("a structure needs at least one site");
        this.lattice = lattice;
        this.species = List.copyOf(species);
        this.positions = new double[cartesian.length][];
        for (int i = 0; i < cartesian.length; i++) {
            if (cartesian[i].length != 3) throw new IllegalArgumentException("position " + (i + 1) + " needs 3 coordinates");
            for (double x : cartesian[i])
                if (!Double.isFinite(x)) throw new IllegalArgumentException("position " + (i + 1) + " is not finite");
            positions[i] = cartesian[i].clone();
        }
    }

    /** Builds a structure from fractional coordinates. */
    public static Structure fromFractional(Lattice lattice, List<Element> species, double[][] fractional) {
        double[][] cart = new double[fractional.length][];
        for (int i = 0; i < fractional.length; i++) cart[i] = lattice.toCartesian(fractional[i]);
        return new Structure(lattice, species, cart);
    }

    public Lattice lattice() { return lattice; }

    public List<Element> species() { return species; }

    public int size() { return species.size(); }

    public Element species(int i) { return species.get(i); }

    /** Cartesian position of site i (Å), a copy. */
    public double[] position(int i) { return positions[i].clone(); }

    public double[][] positions() {
        double[][] out = new double[positions.length][];
        for (int i = 0; i < positions.length; i++) out[i] = positions[i].clone();
        return out;
    }

    public double[] fractional(int i) { return lattice.toFractional(positions[i]); }

    public Composition composition() {
        Map<Element, Double> m = new LinkedHashMap<>();
        for (Element e : species) m.merge(e, 1.0, Double::sum);
        return new Composition(m);
    }

    public double volume() { return lattice.volume(); }

    /** Mass density in g/cm³. */
    public double density() {
        double mass = 0;
        for (Element e : species) mass += e.atomicMass();
        return mass / volume() * 1.66053906660;
    }

    /** The same sites in a supercell na × nb × nc. */
    public Structure supercell(int na, int nb, int nc) {
        double[][] m = lattice.matrix();
        double[][] big = {scale(m[0], na), scale(m[1], nb), scale(m[2], nc)};
        List<Element> sp = new ArrayList<>();
        List<double[]> pos = new ArrayList<>();
        for (int a = 0; a < na; a++)
            for (int b = 0; b < nb; b++)
                for (int c = 0; c < nc; c++)
                    for (int i = 0; i < size(); i++) {
                        double[] p = positions[i];
                        sp.add(species.get(i));
                        pos.add(new double[]{
                                p[0] + a * m[0][0] + b * m[1][0] + c * m[2][0],
                                p[1] + a * m[0][1] + b * m[1][1] + c * m[2][1],
                                p[2] + a * m[0][2] + b * m[1][2] + c * m[2][2]});
                    }
        return new Structure(new Lattice(big), sp, pos.toArray(new double[0][]));
    }

    private static double[] scale(double[] v, double s) { return new double[]{v[0] * s, v[1] * s, v[2] * s}; }

    @Override public String toString() {
        return "Structure[" + composition().formula() + ", " + size() + " sites, V=" + String.format("%.3f", volume()) + " Å³]";
    }
}
