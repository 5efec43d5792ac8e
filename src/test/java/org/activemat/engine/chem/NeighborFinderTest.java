package org.activemat.engine.chem;

import org.activemat.engine.chem.NeighborFinder.Neighbor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NeighborFinderTest {
    private static final double SI_BOND = LatticeStructureTest.SI_A * Math.sqrt(3) / 4; // 2.352 Å

    @Test
    void diamondSiliconHasFourBondsInThePrimitiveCell() {
        List<List<Neighbor>> nb = NeighborFinder.within(LatticeStructureTest.diamondSi(), 2.5);
        for (List<Neighbor> site : nb) {
            assertThat(site).hasSize(4);
            for (Neighbor n : site) assertThat(n.distance()).isCloseTo(SI_BOND, within(1e-9));
        }
        // each neighbour of site 0 is site 1 in a different image
        assertThat(nb.get(0)).extracting(Neighbor::site).containsOnly(1);
        assertThat(nb.get(0).stream().map(n -> Arrays.toString(new long[]{Math.round(n.dx() * 1e6), Math.round(n.dy() * 1e6), Math.round(n.dz() * 1e6)})))
                .doesNotHaveDuplicates();
    }

    @Test
    void diamondSiliconSupercellHasTheSameShells() {
        Structure big = LatticeStructureTest.diamondSi().supercell(2, 2, 2);
        List<List<Neighbor>> nb = NeighborFinder.within(big, 4.0);
        for (List<Neighbor> site : nb) {
            assertThat(site).hasSize(4 + 12); // bonds, then the 12 second neighbours at a/√2
            assertThat(site.get(3).distance()).isCloseTo(SI_BOND, within(1e-9));
            assertThat(site.get(4).distance()).isCloseTo(LatticeStructureTest.SI_A / Math.sqrt(2), within(1e-9));
        }
    }

    @Test
    void bccIronHasEightNearestNeighbours() {
        double a = 2.866, h = a / 2;
        Lattice prim = new Lattice(new double[][]{{-h, h, h}, {h, -h, h}, {h, h, -h}});
        Structure fe = new Structure(prim, List.of(Element.of("Fe")), new double[][]{{0, 0, 0}});
        List<Neighbor> nb = NeighborFinder.within(fe, 2.7).get(0);
        assertThat(nb).hasSize(8).allSatisfy(n -> assertThat(n.distance()).isCloseTo(Math.sqrt(3) * a / 2, within(1e-9)));
        assertThat(NeighborFinder.within(fe, 3.0).get(0)).hasSize(8 + 6);
        assertThat(NeighborFinder.nearestDistances(fe)[0]).isCloseTo(Math.sqrt(3) * a / 2, within(1e-9));
        // the conventional 2-atom cube gives the same counts
        Structure cube = Structure.fromFractional(Lattice.cubic(a), List.of(Element.of("Fe"), Element.of("Fe")),
                new double[][]{{0, 0, 0}, {0.5, 0.5, 0.5}});
        assertThat(NeighborFinder.within(cube, 2.7)).allSatisfy(l -> assertThat(l).hasSize(8));
    }

    @Test
    void oneAtomCellCountsItsOwnImages() {
        Structure sc = new Structure(Lattice.cubic(2.0), List.of(Element.of("Po")), new double[][]{{0.3, 0.3, 0.3}});
        assertThat(NeighborFinder.within(sc, 2.1).get(0)).hasSize(6).allSatisfy(n -> assertThat(n.site()).isZero());
        assertThat(NeighborFinder.within(sc, 2.9).get(0)).hasSize(6 + 12);
        // far beyond the cell: the shells of a simple cubic lattice out to 2·2 Å (6 + 12 + 8 + 6)
        assertThat(NeighborFinder.within(sc, 4.0).get(0)).hasSize(32);
        assertThat(NeighborFinder.nearestDistances(sc)[0]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void stronglyShearedCellGivesTheSameNeighboursAsItsUnshearedEquivalent() {
        Element ti = Element.of("Ti"), o = Element.of("O");
        Lattice plain = Lattice.orthorhombic(3.0, 3.5, 4.0);
        double[][] fracPlain = {{0, 0, 0}, {0.5, 0.5, 0.5}, {0.3, 0.1, 0.7}};
        Structure s = Structure.fromFractional(plain, List.of(ti, o, o), fracPlain);
        // same lattice, basis b' = b + 5a, c' = c − 3a + 4b: a long, thin, skewed cell
        double[] a = plain.vector(0), b = plain.vector(1), c = plain.vector(2);
        double[][] skew = {a, {b[0] + 5 * a[0], b[1], b[2]}, {c[0] - 3 * a[0] + 4 * b[0], 4 * b[1], c[2]}};
        Structure sheared = new Structure(new Lattice(skew), List.of(ti, o, o), s.positions());
        assertThat(sheared.lattice().volume()).isCloseTo(plain.volume(), within(1e-9));
        for (double cutoff : new double[]{2.0, 3.2, 6.0}) {
            List<List<Neighbor>> x = NeighborFinder.within(s, cutoff), y = NeighborFinder.within(sheared, cutoff);
            for (int i = 0; i < 3; i++) {
                assertThat(y.get(i)).hasSameSizeAs(x.get(i));
                for (int k = 0; k < x.get(i).size(); k++) {
                    assertThat(y.get(i).get(k).distance()).isCloseTo(x.get(i).get(k).distance(), within(1e-9));
                    assertThat(y.get(i).get(k).site()).isEqualTo(x.get(i).get(k).site());
                }
            }
        }
        assertThat(NeighborFinder.nearestDistances(sheared)).containsExactly(NeighborFinder.nearestDistances(s), within(1e-9));
    }

    @Test
    void sitesOutsideTheCellAreFoldedBackIn() {
        Structure in = LatticeStructureTest.diamondSi();
        double[][] p = in.positions();
        double[] v = in.lattice().vector(2);
        for (int k = 0; k < 3; k++) p[1][k] += 7 * v[k];
        Structure out = new Structure(in.lattice(), in.species(), p);
        assertThat(NeighborFinder.within(out, 2.5).get(1)).hasSize(4);
    }

    @Test
    void refusesAbsurdCutoffs() {
        Structure sc = new Structure(Lattice.cubic(1.0), List.of(Element.of("H")), new double[][]{{0, 0, 0}});
        assertThatThrownBy(() -> NeighborFinder.within(sc, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NeighborFinder.within(sc, 1e4)).hasMessageContaining("too large");
    }
}
