package org.activemat.engine.oracle.generator;

import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic candidate pool for one system: candidate i depends only on (system, seed, i), so a pool can be
 * extended or resumed without changing earlier candidates. Each candidate is a prototype cell (small cells are
 * favoured, weight ∝ 1/atoms^sizeBias, to bound the DFT cost) with an isotropic strain (±10 %), often a shear
 * strain (up to ±6 % per component), usually random displacements of 0.02–0.2 Å (80 %, Fe 50 %) and sometimes one vacancy.
 * Candidates with two atoms closer than 0.7 × the sum of covalent radii are redrawn.
 */
public final class CandidateGenerator {
    public static final double MIN_DISTANCE_FACTOR = 0.7;
    /** The seed the bundled samples were generated with; a live pool drawn with it would repeat them. */
    public static final long SAMPLE_SEED = 2601;
    private static final int MAX_ATTEMPTS = 200;

    private final ChemicalSystem system;
    private final long seed;
    private final List<Prototype> prototypes;
    private final double sizeBias;

    public CandidateGenerator(ChemicalSystem system, long seed) {
        this(system, seed, defaultSizeBias(system));
    }

    public CandidateGenerator(ChemicalSystem system, long seed, double sizeBias) {
        this.system = system;
        this.seed = seed;
        this.prototypes = Prototypes.of(system);
        this.sizeBias = sizeBias;
    }

    /** Spin-polarised Fe and ultrasoft Ti–O cost more per atom, so their pools lean harder toward small cells. */
    static double defaultSizeBias(ChemicalSystem s) {
        return switch (s) { case SI, C -> 1.5; case TIO -> 1.8; case FE -> 2.2; };
    }

    /** A rattled cell loses all symmetry; for spin-polarised Fe that multiplies the k-points and CPU time most. */
    static double rattleProbability(ChemicalSystem s) {
        return s == ChemicalSystem.FE ? 0.5 : 0.8;
    }

    public ChemicalSystem system() { return system; }

    public long seed() { return seed; }

    public List<Prototype> prototypes() { return prototypes; }

    public List<Candidate> generate(int count) {
        List<Candidate> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(candidate(i));
        return out;
    }

    public Candidate candidate(int index) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + system.ordinal());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Candidate c = draw(index, rng);
            if (c != null) return c;
        }
        throw new IllegalStateException("no acceptable candidate " + index + " for " + system.label() + " after " + MAX_ATTEMPTS + " draws");
    }

    private Candidate draw(int index, SplittableRandom rng) {
        Prototype p = prototypes.get(rng.nextInt(prototypes.size()));
        Prototype.Cell cell = pickCell(p, rng);
        Structure s = cell.structure();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("prototype", p.name());
        info.put("cell", cell.tag());
        String tag = "iso";

        double iso = rng.nextDouble(-0.10, 0.10);
        double[][] def = {{1 + iso, 0, 0}, {0, 1 + iso, 0}, {0, 0, 1 + iso}};
        info.put("strain_iso", fmt(iso));
        if (rng.nextDouble() < 0.5) {
            double[][] e = new double[3][3];
            double max = 0;
            for (int i = 0; i < 3; i++)
                for (int j = i; j < 3; j++) {
                    double v = rng.nextDouble(-0.06, 0.06);
                    e[i][j] = v;
                    e[j][i] = v;
                    max = Math.max(max, Math.abs(v));
                }
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) def[i][j] += e[i][j];
            info.put("strain_shear_max", fmt(max));
            tag = "shear";
        }
        s = strained(s, def);

        if (rng.nextDouble() < rattleProbability(system)) {
            double amp = rng.nextDouble(0.02, 0.20);
            s = rattled(s, amp, rng);
            info.put("rattle_A", fmt(amp));
            if (tag.equals("iso")) tag = "rattle";
        }
        if (s.size() >= 4 && rng.nextDouble() < 0.15) {
            int v = rng.nextInt(s.size());
            info.put("vacancy", s.species(v).symbol());
            s = without(s, v);
            tag = "vac";
        }
        if (s.size() < 2 || s.size() > system.maxAtoms()) return null;
        if (!physical(s)) return null;
        info.put("transformation", tag);
        String id = String.format(Locale.ROOT, "%s-%04d-%s-%s", system.label(), index, p.name(), tag);
        return new Candidate(id, index, s, p.name(), info);
    }

    private Prototype.Cell pickCell(Prototype p, SplittableRandom rng) {
        double total = 0;
        double[] w = new double[p.cells().size()];
        for (int i = 0; i < w.length; i++) total += w[i] = Math.pow(p.cells().get(i).structure().size(), -sizeBias);
        double r = rng.nextDouble(total);
        for (int i = 0; i < w.length; i++) if ((r -= w[i]) < 0) return p.cells().get(i);
        return p.cells().get(w.length - 1);
    }

    static Structure strained(Structure s, double[][] deformation) {
        Lattice l = s.lattice().deformed(deformation);
        double[][] frac = new double[s.size()][];
        for (int i = 0; i < s.size(); i++) frac[i] = s.fractional(i);
        return Structure.fromFractional(l, s.species(), frac);
    }

    private static Structure rattled(Structure s, double amplitude, SplittableRandom rng) {
        double[][] pos = s.positions();
        for (double[] p : pos) {
            double[] d = {rng.nextDouble(-1, 1), rng.nextDouble(-1, 1), rng.nextDouble(-1, 1)};
            double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            if (n < 1e-9) continue;
            double len = amplitude * rng.nextDouble(0.5, 1.0);   // amplitude is the largest displacement
            for (int k = 0; k < 3; k++) p[k] += d[k] / n * len;
        }
        return new Structure(s.lattice(), s.species(), pos);
    }

    private static Structure without(Structure s, int site) {
        List<Element> sp = new ArrayList<>(s.species());
        sp.remove(site);
        double[][] pos = new double[s.size() - 1][];
        for (int i = 0, j = 0; i < s.size(); i++) if (i != site) pos[j++] = s.position(i);
        return new Structure(s.lattice(), sp, pos);
    }

    /** No two atoms (periodic images included) closer than 0.7 × the sum of their covalent radii. */
    public static boolean physical(Structure s) {
        return minDistanceRatio(s) >= MIN_DISTANCE_FACTOR;
    }

    /** Smallest distance / (r_cov,i + r_cov,j) over all pairs and periodic images. */
    public static double minDistanceRatio(Structure s) {
        double[][] m = s.lattice().matrix();
        int[] reach = new int[3];
        for (int k = 0; k < 3; k++) reach[k] = (int) Math.ceil(4.0 / s.lattice().perpendicularWidth(k)) + 1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.size(); i++)
            for (int j = i; j < s.size(); j++) {
                double[] fi = s.fractional(i), fj = s.fractional(j);
                double[] d = new double[3];
                for (int k = 0; k < 3; k++) { d[k] = fj[k] - fi[k]; d[k] -= Math.rint(d[k]); }
                double rsum = s.species(i).covalentRadius() + s.species(j).covalentRadius();
                for (int a = -reach[0]; a <= reach[0]; a++)
                    for (int b = -reach[1]; b <= reach[1]; b++)
                        for (int c = -reach[2]; c <= reach[2]; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) continue;
                            double x = 0, y = 0, z = 0;
                            double fa = d[0] + a, fb = d[1] + b, fc = d[2] + c;
                            x = fa * m[0][0] + fb * m[1][0] + fc * m[2][0];
                            y = fa * m[0][1] + fb * m[1][1] + fc * m[2][1];
                            z = fa * m[0][2] + fb * m[1][2] + fc * m[2][2];
                            best = Math.min(best, Math.sqrt(x * x + y * y + z * z) / rsum);
                        }
            }
        return best;
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.4f", v); }
}
