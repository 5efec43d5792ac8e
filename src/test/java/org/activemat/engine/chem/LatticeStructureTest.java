package org.activemat.engine.chem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatticeStructureTest {
    static final double SI_A = 5.431;

    /** Diamond Si in its 2-atom primitive (fcc) cell. */
    static Structure diamondSi() {
        double h = SI_A / 2;
        Lattice l = new Lattice(new double[][]{{0, h, h}, {h, 0, h}, {h, h, 0}});
        Element si = Element.of("Si");
        return Structure.fromFractional(l, List.of(si, si), new double[][]{{0, 0, 0}, {0.25, 0.25, 0.25}});
    }

    @Test
    void volumeLengthsAndAnglesOfKnownCells() {
        assertThat(Lattice.cubic(2).volume()).isCloseTo(8, within(1e-12));
        Lattice hex = Lattice.fromParameters(3, 3, 5, 90, 90, 120);
        assertThat(hex.volume()).isCloseTo(Math.sqrt(3) / 2 * 9 * 5, within(1e-9));
        assertThat(hex.angles()).containsExactly(new double[]{90, 90, 120}, within(1e-9));
        Lattice tri = Lattice.fromParameters(4, 5, 6, 70, 80, 100);
        assertThat(tri.lengths()).containsExactly(new double[]{4, 5, 6}, within(1e-9));
        assertThat(tri.angles()).containsExactly(new double[]{70, 80, 100}, within(1e-9));
        assertThat(diamondSi().volume()).isCloseTo(Math.pow(SI_A, 3) / 4, within(1e-9));
    }

    @Test
    void fractionalAndCartesianRoundTrip() {
        Lattice tri = Lattice.fromParameters(4, 5, 6, 70, 80, 100);
        double[] f = {0.1, -0.7, 1.3};
        assertThat(tri.toFractional(tri.toCartesian(f))).containsExactly(f, within(1e-12));
        assertThat(tri.toCartesian(new double[]{0, 1, 0})).containsExactly(tri.vector(1), within(1e-12));
        Structure si = diamondSi();
        assertThat(si.position(1)).containsExactly(new double[]{SI_A / 4, SI_A / 4, SI_A / 4}, within(1e-12));
        assertThat(si.fractional(1)).containsExactly(new double[]{0.25, 0.25, 0.25}, within(1e-12));
    }

    @Test
    void perpendicularWidthIsThePlaneSpacing() {
        Lattice ortho = Lattice.orthorhombic(2, 3, 4);
        assertThat(ortho.perpendicularWidth(1)).isCloseTo(3, within(1e-12));
        // shearing a along b leaves the spacing of the a-b planes (along c) unchanged but thins the cell across a
        Lattice sheared = new Lattice(new double[][]{{2, 0, 0}, {10 * 2, 3, 0}, {0, 0, 4}});
        assertThat(sheared.perpendicularWidth(2)).isCloseTo(4, within(1e-12));
        assertThat(sheared.perpendicularWidth(0)).isLessThan(2);
        assertThat(sheared.volume()).isCloseTo(ortho.volume(), within(1e-9));
    }

    @Test
    void densityOfDiamondSilicon() {
        assertThat(diamondSi().density()).isCloseTo(2.329, within(0.005));
        assertThat(diamondSi().composition().reducedFormula()).isEqualTo("Si");
    }

    @Test
    void supercellKeepsDensityAndMultipliesSites() {
        Structure si = diamondSi();
        Structure big = si.supercell(2, 3, 1);
        assertThat(big.size()).isEqualTo(12);
        assertThat(big.volume()).isCloseTo(6 * si.volume(), within(1e-9));
        assertThat(big.density()).isCloseTo(si.density(), within(1e-12));
        assertThat(big.lattice().length(1)).isCloseTo(3 * si.lattice().length(1), within(1e-12));
        // the first image of site 1 shifted by one b vector
        double[] shifted = big.position(3); // order a, b, c, site: (a=0, b=1, c=0, site 1)
        assertThat(big.lattice().toFractional(shifted)[1]).isCloseTo((0.25 + 1) / 3, within(1e-12));
    }

    @Test
    void rejectsBadCellsAndSites() {
        assertThatThrownBy(() -> new Lattice(new double[][]{{1, 0, 0}, {2, 0, 0}, {0, 0, 1}}))
                .hasMessageContaining("linearly dependent");
        assertThatThrownBy(() -> new Structure(Lattice.cubic(3), List.of(Element.of("H")), new double[][]{{0, 0, 0}, {1, 1, 1}}))
                .hasMessageContaining("1 species but 2 positions");
        assertThatThrownBy(() -> new Structure(Lattice.cubic(3), List.of(Element.of("H")), new double[][]{{0, Double.NaN, 0}}))
                .hasMessageContaining("not finite");
    }

    @Test
    void reductionRecoversTheShortBasisOfASkewedCell() {
        Lattice plain = Lattice.orthorhombic(3.0, 3.5, 4.0);
        Lattice skew = new Lattice(new double[][]{{3, 0, 0}, {15, 3.5, 0}, {-9, 14, 4}}); // b + 5a, c − 3a + 4b
        Lattice r = skew.reduced();
        assertThat(r.lengths()).containsExactly(new double[]{3.0, 3.5, 4.0}, within(1e-9));
        assertThat(r.volume()).isCloseTo(plain.volume(), within(1e-9));
        assertThat(Lattice.determinant(r.matrix())).isPositive(); // handedness kept
        // every reduced vector is a lattice vector of the original: integer fractional coordinates
        for (int i = 0; i < 3; i++)
            for (double f : skew.toFractional(r.vector(i))) assertThat(f).isCloseTo(Math.rint(f), within(1e-9));
        // the fcc primitive cell is already reduced: three vectors of a/√2
        Lattice fcc = diamondSi().lattice().reduced();
        assertThat(fcc.lengths()).containsExactly(new double[]{SI_A / Math.sqrt(2), SI_A / Math.sqrt(2), SI_A / Math.sqrt(2)}, within(1e-9));
    }
}
