package org.activemat.engine.descriptor;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Descriptor values checked against numbers worked out by hand. */
class DescriptorValuesTest {
    static final double SI_A = 5.431;

    static Structure diamondSi() {
        double h = SI_A / 2;
        Element si = Element.of("Si");
        return Structure.fromFractional(new Lattice(new double[][]{{0, h, h}, {h, 0, h}, {h, h, 0}}),
                List.of(si, si), new double[][]{{0, 0, 0}, {0.25, 0.25, 0.25}});
    }

    static Structure rutile() {
        double u = 0.305;
        Element ti = Element.of("Ti"), o = Element.of("O");
        return Structure.fromFractional(Lattice.orthorhombic(4.594, 4.594, 2.959), List.of(ti, ti, o, o, o, o),
                new double[][]{{0, 0, 0}, {0.5, 0.5, 0.5}, {u, u, 0}, {-u, -u, 0}, {0.5 + u, 0.5 - u, 0.5}, {0.5 - u, 0.5 + u, 0.5}});
    }

    @Test
    void compositionFeaturesOfTiO2() {
        double[] f = CompositionDescriptors.of(Composition.parse("TiO2"));
        assertThat(new CompositionDescriptors().featureNames()).hasSize(8).hasSize(f.length);
        // two elements with fractions p, q: mean = p·a + q·b, std = |a − b|·√(pq)
        double pq = Math.sqrt(2.0 / 9);
        assertThat(f[0]).isCloseTo((22 + 2 * 8) / 3.0, within(1e-12));
        assertThat(f[1]).isCloseTo(14 * pq, within(1e-12));
        assertThat(f[2]).isCloseTo((1.54 + 2 * 3.44) / 3, within(1e-12));
        assertThat(f[3]).isCloseTo(1.90 * pq, within(1e-12));
        assertThat(f[4]).isCloseTo((47.867 + 2 * 15.999) / 3, within(1e-9));
        assertThat(f[5]).isCloseTo((1.60 + 2 * 0.66) / 3, within(1e-12));
        assertThat(f[6]).isCloseTo((4 + 2 * 6) / 3.0, within(1e-12));
        assertThat(f[7]).isEqualTo(2);
        // only fractions matter
        assertThat(CompositionDescriptors.of(Composition.parse("Ti4O8"))).containsExactly(f, within(1e-12));
    }

    @Test
    void oneElementHasZeroSpreadAndNobleGasesAreLeftOutOfElectronegativity() {
        double[] fe = CompositionDescriptors.of(Composition.parse("Fe"));
        assertThat(fe[1]).isZero();
        assertThat(fe[3]).isZero();
        assertThat(fe[2]).isEqualTo(1.83);
        double[] mix = CompositionDescriptors.of(Composition.parse("ArNaCl"));
        assertThat(mix[2]).isCloseTo((0.93 + 3.16) / 2, within(1e-12));
        assertThat(mix[3]).isCloseTo((3.16 - 0.93) / 2, within(1e-12));
        assertThat(CompositionDescriptors.of(Composition.parse("He"))[2]).isNaN();
    }

    @Test
    void structureFeaturesOfDiamondSilicon() {
        double[] f = StructureDescriptors.of(diamondSi());
        assertThat(new StructureDescriptors().featureNames()).hasSize(9).hasSize(f.length);
        double a3 = Math.pow(SI_A, 3);
        assertThat(f[0]).isEqualTo(2);
        assertThat(f[1]).isCloseTo(a3 / 8, within(1e-9));
        assertThat(f[2]).isCloseTo(2.329, within(0.005));
        assertThat(f[3]).isCloseTo(8 * 4.0 / 3 * Math.PI * Math.pow(1.11, 3) / a3, within(1e-9)); // ≈ 0.286
        assertThat(f[4]).isCloseTo(SI_A * Math.sqrt(3) / 4, within(1e-9));
        assertThat(f[5]).isCloseTo(0, within(1e-9));
        assertThat(f[6]).isEqualTo(4);
        assertThat(f[7]).isZero();
        assertThat(f[8]).isCloseTo(1, within(1e-12));
        // a supercell is the same material: only the site count and the anisotropy of the cell shape change
        double[] big = StructureDescriptors.of(diamondSi().supercell(2, 1, 1));
        assertThat(big[0]).isEqualTo(4);
        assertThat(new double[]{big[1], big[2], big[3], big[4], big[5], big[6], big[7]})
                .containsExactly(new double[]{f[1], f[2], f[3], f[4], f[5], f[6], f[7]}, within(1e-9));
        // doubling a₁ of the fcc cell: reduced basis a₂, a₃ (a/√2) and 2a₁ − a₂ − a₃ (a·√3/√2), not 2a₁
        assertThat(big[8]).isCloseTo(Math.sqrt(3), within(1e-12));
    }

    @Test
    void coordinationOfRutileCountsBondsWithinTheCovalentCutoff() {
        double[] f = StructureDescriptors.of(rutile());
        // Ti: 6 O (1.95–1.98 Å) + 2 Ti along c (2.96 Å) + 8 Ti at the body diagonal (3.57 Å), all under
        // 1.2 × (r_Ti + r_X); O: 3 Ti. So (2·16 + 4·3) / 6, spread √(pq)·13 with p = 1/3, q = 2/3.
        assertThat(f[6]).isCloseTo(44.0 / 6, within(1e-12));
        assertThat(f[7]).isCloseTo(13 * Math.sqrt(2.0 / 9), within(1e-12));
        double equatorial = 0.305 * 4.594 * Math.sqrt(2);
        double apical = Math.sqrt(2 * Math.pow(0.195 * 4.594, 2) + Math.pow(2.959 / 2, 2));
        assertThat(f[4]).isCloseTo(Math.min(equatorial, apical), within(1e-9));
        assertThat(f[8]).isCloseTo(4.594 / 2.959, within(1e-12));
    }

    @Test
    void isolatedAtomsStillGetANearestNeighbourDistance() {
        // two H atoms 0.74 Å apart in a 10 Å box: bonded to each other; a lone O in another box has only its images
        Element h = Element.of("H");
        Structure h2 = new Structure(Lattice.cubic(10), List.of(h, h), new double[][]{{0, 0, 0}, {0.74, 0, 0}});
        double[] f = StructureDescriptors.of(h2);
        assertThat(f[4]).isCloseTo(0.74, within(1e-12));
        assertThat(f[6]).isEqualTo(1);
        Structure o = new Structure(Lattice.orthorhombic(6, 7, 8), List.of(Element.of("O")), new double[][]{{1, 1, 1}});
        double[] g = StructureDescriptors.of(o);
        assertThat(g[4]).isCloseTo(6, within(1e-9));
        assertThat(g[6]).isZero();
        assertThat(g[8]).isCloseTo(8.0 / 6, within(1e-12));
    }

    @Test
    void structureFeaturesDoNotDependOnTheChoiceOfCell() {
        Structure r = rutile();
        double[] a = r.lattice().vector(0), b = r.lattice().vector(1), c = r.lattice().vector(2);
        double[][] skew = new double[3][3];
        for (int k = 0; k < 3; k++) {
            skew[0][k] = a[k];
            skew[1][k] = b[k] + 4 * a[k];
            skew[2][k] = c[k] - 3 * a[k] + 5 * b[k];
        }
        Structure sheared = new Structure(new Lattice(skew), r.species(), r.positions());
        assertThat(StructureDescriptors.of(sheared)).containsExactly(StructureDescriptors.of(r), within(1e-9));
    }
}
