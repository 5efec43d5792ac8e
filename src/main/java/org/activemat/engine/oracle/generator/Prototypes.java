package org.activemat.engine.oracle.generator;

import org.activemat.engine.chem.Element;
import static org.activemat.engine.chem.IdealCrystals.*;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prototype crystals per system with lattice parameters near the functional's equilibrium (experiment ± a few %):
 * the generator strains them by up to ±10 %, so exact values matter little. Larger cells (conventional cells,
 * supercells up to the system's atom limit) are listed so the generator can pick cell sizes.
 */
public final class Prototypes {
    private Prototypes() {}


    public static List<Prototype> of(ChemicalSystem system) {
        List<Prototype> p = switch (system) {
            case SI -> group14("Si", 1.0, 5.47, 0.1003, 6.67);
            case C -> {
                List<Prototype> c = new ArrayList<>(group14("C", 3.57 / 5.47, 3.57, 0.093, 4.45));
                Element e = Element.of("C");
                c.add(proto("graphite", system, graphite(e, 2.46, 6.70)));
                c.add(proto("graphene", system, cell(hex(2.46, 10.0), e, new double[][]{{0, 0, .5}, {1 / 3., 2 / 3., .5}})));
                yield c;
            }
            case FE -> {
                Element e = Element.of("Fe");
                yield List.of(proto("bcc", system, bccConv(e, 2.83)),
                        proto("fcc", system, fccPrim(e, 3.45), fccConv(e, 3.45)),
                        proto("hcp", system, hcp(e, 2.46, 3.90)),
                        proto("sc", system, cell(Lattice.cubic(2.30), e, new double[][]{{0, 0, 0}})));
            }
            case TIO -> titaniumOxides(system);
        };
        return Collections.unmodifiableList(p);
    }

    private static List<Prototype> group14(String symbol, double scale, double aDiamond, double xBc8, double aBc8) {
        Element e = Element.of(symbol);
        ChemicalSystem sys = ChemicalSystem.parse(symbol);
        List<Prototype> out = new ArrayList<>();
        double a = aDiamond;
        Structure dPrim = diamond(e, a);
        Structure dConv = cell(Lattice.cubic(a), e, new double[][]{{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0},
                {.25, .25, .25}, {.25, .75, .75}, {.75, .25, .75}, {.75, .75, .25}});
        out.add(proto("diamond", sys, dPrim, dConv));
        double al = a / Math.sqrt(2), cl = al * Math.sqrt(8 / 3.);
        out.add(proto("lonsdaleite", sys, cell(hex(al, cl), e,
                new double[][]{{1 / 3., 2 / 3., 0}, {2 / 3., 1 / 3., .5}, {1 / 3., 2 / 3., .375}, {2 / 3., 1 / 3., .875}})));
        double at = 4.82 * scale, ct = 2.66 * scale;
        Structure tinConv = cell(Lattice.orthorhombic(at, at, ct), e, new double[][]{{0, 0, 0}, {0, .5, .25}, {.5, .5, .5}, {.5, 0, .75}});
        Structure tinPrim = reduce(tinConv, new double[][]{{-at / 2, at / 2, ct / 2}, {at / 2, -at / 2, ct / 2}, {at / 2, at / 2, -ct / 2}});
        out.add(proto("beta-tin", sys, tinPrim, tinConv));
        out.add(proto("sc", sys, cell(Lattice.cubic(2.55 * scale), e, new double[][]{{0, 0, 0}})));
        out.add(proto("bcc", sys, bccConv(e, 3.09 * scale)));
        out.add(proto("fcc", sys, fccPrim(e, 3.87 * scale), fccConv(e, 3.87 * scale)));
        out.add(proto("hcp", sys, hcp(e, 2.73 * scale, 2.73 * scale * Math.sqrt(8 / 3.))));
        Structure bc8Conv = bc8(e, aBc8, xBc8);
        double h = aBc8 / 2;
        out.add(proto("bc8", sys, reduce(bc8Conv, new double[][]{{-h, h, h}, {h, -h, h}, {h, h, -h}}), bc8Conv));
        return out;
    }

    private static List<Prototype> titaniumOxides(ChemicalSystem sys) {
        Element ti = Element.of("Ti"), o = Element.of("O");
        List<Prototype> out = new ArrayList<>();
        double a = 4.55, c = 2.93, u = 0.304;
        out.add(proto("rutile", sys, mixed(Lattice.orthorhombic(a, a, c),
                new Element[]{ti, ti, o, o, o, o},
                new double[][]{{0, 0, 0}, {.5, .5, .5}, {u, u, 0}, {1 - u, 1 - u, 0}, {.5 + u, .5 - u, .5}, {.5 - u, .5 + u, .5}})));
        double aa = 3.75, ca = 9.45, z = 0.208;
        double[][] tis = {{0, 0, 0}, {.5, .5, .5}, {0, .5, .25}, {.5, 0, .75}};
        List<Element> sp = new ArrayList<>();
        List<double[]> fr = new ArrayList<>();
        for (double[] t : tis) { sp.add(ti); fr.add(t); }
        for (double[] t : tis) {
            sp.add(o); fr.add(new double[]{t[0], t[1], t[2] + z});
            sp.add(o); fr.add(new double[]{t[0], t[1], t[2] - z});
        }
        Structure anaConv = Structure.fromFractional(Lattice.orthorhombic(aa, aa, ca), sp, fr.toArray(new double[0][]));
        out.add(proto("anatase", sys, reduce(anaConv, new double[][]{{-aa / 2, aa / 2, ca / 2}, {aa / 2, -aa / 2, ca / 2}, {aa / 2, aa / 2, -ca / 2}}), anaConv));
        double ar = 4.15;
        Structure rsPrim = mixed(fccLattice(ar), new Element[]{ti, o}, new double[][]{{0, 0, 0}, {.5, .5, .5}});
        Structure rsConv = mixed(Lattice.cubic(ar), new Element[]{ti, ti, ti, ti, o, o, o, o},
                new double[][]{{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}, {.5, .5, .5}, {.5, 0, 0}, {0, .5, 0}, {0, 0, .5}});
        out.add(proto("rocksalt-TiO", sys, rsPrim, rsConv));
        out.add(proto("corundum-Ti2O3", sys, corundum(ti, o, 5.10, 13.5, 0.3446, 0.3128)));
        out.add(proto("hcp-Ti", sys, hcp(ti, 2.90, 4.60)));
        out.add(proto("bcc-Ti", sys, bccConv(ti, 3.25)));
        out.add(proto("Ti2O", sys, mixed(hex(2.92, 4.75), new Element[]{ti, ti, o},
                new double[][]{{1 / 3., 2 / 3., .25}, {2 / 3., 1 / 3., .75}, {0, 0, 0}})));
        out.add(proto("CsCl-TiO", sys, mixed(Lattice.cubic(2.62), new Element[]{ti, o}, new double[][]{{0, 0, 0}, {.5, .5, .5}})));
        out.add(proto("NiAs-TiO", sys, mixed(hex(3.00, 5.00), new Element[]{ti, ti, o, o},
                new double[][]{{0, 0, 0}, {0, 0, .5}, {1 / 3., 2 / 3., .25}, {2 / 3., 1 / 3., .75}})));
        out.add(proto("fluorite-TiO2", sys, mixed(fccLattice(4.70), new Element[]{ti, o, o},
                new double[][]{{0, 0, 0}, {.25, .25, .25}, {.75, .75, .75}})));
        return out;
    }

    /** Prototype with its given cells plus supercells of the smallest one, all within the system's atom limit. */
    private static Prototype proto(String name, ChemicalSystem sys, Structure... given) {
        List<Prototype.Cell> cells = new ArrayList<>();
        Structure prim = given[0];
        if (prim.size() >= 2) cells.add(new Prototype.Cell(given.length > 1 ? "prim" : "cell", prim));
        for (int i = 1; i < given.length; i++)
            if (given[i].size() <= sys.maxAtoms()) cells.add(new Prototype.Cell("conv", given[i]));
        int[][] repeats = {{2, 1, 1}, {1, 1, 2}, {2, 2, 1}, {2, 2, 2}, {3, 1, 1}, {1, 1, 3}};
        for (int[] r : repeats) {
            if (prim.size() > 4) break;   // large cells already have enough atoms; supercells would only cost CPU
            int n = prim.size() * r[0] * r[1] * r[2];
            if (n >= 2 && n <= sys.maxAtoms())
                cells.add(new Prototype.Cell(r[0] + "x" + r[1] + "x" + r[2], prim.supercell(r[0], r[1], r[2])));
        }
        return new Prototype(name, cells);
    }

    private static Structure mixed(Lattice l, Element[] sp, double[][] frac) {
        return Structure.fromFractional(l, List.of(sp), frac);
    }

    private static Structure fccPrim(Element e, double a) { return cell(fccLattice(a), e, new double[][]{{0, 0, 0}}); }

    private static Structure fccConv(Element e, double a) {
        return cell(Lattice.cubic(a), e, new double[][]{{0, 0, 0}, {0, .5, .5}, {.5, 0, .5}, {.5, .5, 0}});
    }

    /** BC8 (Ia-3, 16c at x,x,x), conventional cubic cell of 16 atoms. */
    private static Structure bc8(Element e, double a, double x) {
        double[][] gen = {{x, x, x}, {-x + .5, -x, x + .5}, {-x, x + .5, -x + .5}, {x + .5, -x + .5, -x}};
        List<double[]> fr = new ArrayList<>();
        for (double[] c : new double[][]{{0, 0, 0}, {.5, .5, .5}})
            for (double[] g : gen)
                for (int s : new int[]{1, -1}) fr.add(new double[]{s * g[0] + c[0], s * g[1] + c[1], s * g[2] + c[2]});
        return cell(Lattice.cubic(a), e, fr.toArray(new double[0][]));
    }

    /** Corundum (R-3c): Ti at 12c (0,0,z), O at 18e (x,0,¼), reduced to the 10-atom rhombohedral cell. */
    private static Structure corundum(Element m, Element o, double a, double c, double z, double x) {
        double[][] tiGen = {{0, 0, z}, {0, 0, -z + .5}, {0, 0, -z}, {0, 0, z + .5}};
        double[][] oGen = {{x, 0, .25}, {0, x, .25}, {-x, -x, .25}, {-x, 0, .75}, {0, -x, .75}, {x, x, .75}};
        double[][] centering = {{0, 0, 0}, {2 / 3., 1 / 3., 1 / 3.}, {1 / 3., 2 / 3., 2 / 3.}};
        List<Element> sp = new ArrayList<>();
        List<double[]> fr = new ArrayList<>();
        for (double[] t : centering) {
            for (double[] g : tiGen) { sp.add(m); fr.add(add(g, t)); }
            for (double[] g : oGen) { sp.add(o); fr.add(add(g, t)); }
        }
        Lattice h = hex(a, c);
        Structure conv = Structure.fromFractional(h, sp, fr.toArray(new double[0][]));
        double[][] rh = {h.toCartesian(new double[]{2 / 3., 1 / 3., 1 / 3.}), h.toCartesian(new double[]{-1 / 3., 1 / 3., 1 / 3.}),
                h.toCartesian(new double[]{-1 / 3., -2 / 3., 1 / 3.})};
        return reduce(conv, rh);
    }

    private static double[] add(double[] a, double[] b) { return new double[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]}; }

    /** The sites of a structure folded into a smaller cell of the same crystal, duplicates removed. */
    static Structure reduce(Structure big, double[][] vectors) {
        Lattice l = new Lattice(vectors);
        List<Element> sp = new ArrayList<>();
        List<double[]> fr = new ArrayList<>();
        outer:
        for (int i = 0; i < big.size(); i++) {
            double[] f = l.toFractional(big.position(i));
            for (int k = 0; k < 3; k++) f[k] = wrap(f[k]);
            for (double[] g : fr) {
                double d = 0;
                for (int k = 0; k < 3; k++) { double x = Math.abs(f[k] - g[k]); x = Math.min(x, 1 - x); d += x * x; }
                if (d < 1e-8) continue outer;
            }
            sp.add(big.species(i));
            fr.add(f);
        }
        return Structure.fromFractional(l, sp, fr.toArray(new double[0][]));
    }

    static double wrap(double f) {
        double w = f - Math.floor(f);
        return w >= 1 - 1e-9 ? 0 : w;
    }
}
