package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Fixtures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Parses real pw.x 6.7 outputs produced by this project's inputs (src/test/resources/…/oracle). */
class PwOutputTest {
    private static final double RY_BOHR = 13.605693122994 / 0.529177210903;

    @Test void symmetricDiamondSi() {
        PwOutput r = PwOutput.parse(Fixtures.text("si2.out"), 2);
        assertThat(r.version()).isEqualTo("v.6.7MaX");
        assertThat(r.converged()).isTrue();
        assertThat(r.complete()).isTrue();
        assertThat(r.energy()).isCloseTo(-15.73953869 * 13.605693122994, within(1e-9));
        for (double[] f : r.forces()) assertThat(f).containsExactly(new double[]{0, 0, 0}, within(1e-9));
        assertThat(r.pressure()).isCloseTo(0.168, within(1e-9));                    // P = 1.68 kbar
        assertThat(r.stress()[0][0]).isCloseTo(-0.168, within(1e-9));              // ASE sign: −QE
        assertThat(r.stress()[0][1]).isCloseTo(0, within(1e-12));
        assertThat(r.totalMagnetization()).isNaN();
        assertThat(r.wallSeconds()).isCloseTo(1.86, within(1e-9));
    }

    @Test void rattledSiForcesAreConvertedFromRyPerBohrAndSumToZero() {
        PwOutput r = PwOutput.parse(Fixtures.text("si2-rattled.out"), 2);
        assertThat(r.forces()[0]).containsExactly(new double[]{-0.04606501 * RY_BOHR, 0.02013010 * RY_BOHR, 0.02380125 * RY_BOHR}, within(1e-9));
        for (int k = 0; k < 3; k++) assertThat(r.forces()[0][k] + r.forces()[1][k]).isCloseTo(0, within(1e-9));
        assertThat(r.energy()).isCloseTo(-15.73427494 * 13.605693122994, within(1e-9));
    }

    @Test void spinPolarisedIronGivesTheFinalTotalMagnetisation() {
        PwOutput r = PwOutput.parse(Fixtures.text("fe2.out"), 2);
        assertThat(r.converged()).isTrue();
        assertThat(r.totalMagnetization()).isCloseTo(4.67, within(1e-9));   // the value printed with the final energy, ≈ 2.3 μB per Fe
        assertThat(r.energy()).isCloseTo(-507.64799605 * 13.605693122994, within(1e-9));
        assertThat(r.wallSeconds()).isCloseTo(4 * 60 + 11.16, within(1e-9));   // "4m11.16s WALL"
    }

    @Test void scfThatRanOutOfIterationsIsNotConverged() {
        PwOutput r = PwOutput.parse(Fixtures.text("fe2-notconverged.out"), 2);
        assertThat(r.converged()).isFalse();
        assertThat(r.energy()).isNaN();
    }

    @Test void crashedRunHasNoLabel() {
        PwOutput r = PwOutput.parse(Fixtures.text("si2-crash.out"), 2);
        assertThat(r.converged()).isFalse();
        assertThat(r.complete()).isFalse();
    }

    @Test void wallTimesInPwxFormats() {
        assertThat(PwOutput.wallSeconds("0.67s")).isEqualTo(0.67);
        assertThat(PwOutput.wallSeconds("1m12.50s")).isEqualTo(72.5);
        assertThat(PwOutput.wallSeconds("1h 2m")).isEqualTo(3720);
    }
}
