package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Label;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Fe settings order iron's phases as converged PBE does: non-magnetic hcp about 0.1 eV/atom above ferromagnetic
 * bcc (0.116 with these cutoffs and a dense mesh, 0.139 with the 0.50 Å⁻¹ mesh used). A valence-only pseudopotential
 * gives 0.23, the semicore one below its cutoffs up to 0.29, and every close-packed or compressed Fe frame would
 * inherit that error. Two real pw.x runs, about a minute.
 */
class IronSettingsPhysicsTest {
    @TempDir Path tmp;

    @Test void nonMagneticHcpLiesAboutATenthOfAnElectronvoltAboveFerromagneticBcc() throws Exception {
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.FE.settings(), "pw.x", 1, Duration.ofMinutes(10), tmp);
        Element fe = Element.of("Fe");
        // each phase near its PBE equilibrium: bcc a = 2.84 Å (the cubic cell μ(Fe) uses), hcp a = 2.44 Å, c/a = 1.585
        Structure bcc = Structure.fromFractional(Lattice.cubic(2.84), List.of(fe, fe), new double[][]{{0, 0, 0}, {.5, .5, .5}});
        double a = 2.44, c = 1.585 * a;
        Structure hcp = Structure.fromFractional(new Lattice(new double[][]{{a, 0, 0}, {-a / 2, a * Math.sqrt(3) / 2, 0}, {0, 0, c}}),
                List.of(fe, fe), new double[][]{{1 / 3., 2 / 3., .25}, {2 / 3., 1 / 3., .75}});

        Label b = oracle.label("bcc", bcc), h = oracle.label("hcp", hcp);

        assertThat(b.totalMagnetization() / 2).as("bcc moment (μB/atom)").isBetween(2.0, 2.4);
        assertThat(Math.abs(h.totalMagnetization() / 2)).as("compressed hcp moment (μB/atom)").isLessThan(0.2);
        assertThat((h.energy() - b.energy()) / 2).as("E(hcp) − E(bcc) in eV/atom").isBetween(0.07, 0.16);
    }
}
