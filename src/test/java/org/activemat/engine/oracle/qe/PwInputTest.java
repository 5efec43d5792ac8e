package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Fixtures;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PwInputTest {

    @Test void diamondSiInputMatchesTheHandCheckedFile() {
        // si2.in was checked line by line against the pw.x 6.7 input reference: ibrav 0, Å cell and positions,
        // 20/80 Ry, M-V smearing, 6×6×6 mesh (2π / (5.47/√3 Å · 0.35 Å⁻¹) = 5.7 → 6)
        assertThat(PwInput.write(Fixtures.diamondSi(), ChemicalSystem.SI.settings())).isEqualTo(Fixtures.text("si2.in"));
    }

    @Test void ironInputIsSpinPolarisedWithAStartingMagnetisation() {
        String in = PwInput.write(Fixtures.displacedBccFe(), ChemicalSystem.FE.settings());
        assertThat(in).isEqualTo(Fixtures.text("fe2.in"));
        assertThat(in).contains("nspin = 2", "starting_magnetization(1) = 0.25", "Fe.pbe-spn-rrkjus_psl.0.2.1.UPF", "5 5 5 0 0 0");
    }

    @Test void titaniumOxideListsBothSpeciesOnceWithTheirLdaPseudopotentials() {
        Element ti = Element.of("Ti"), o = Element.of("O");
        Structure s = Structure.fromFractional(Lattice.cubic(4.15), List.of(ti, o, ti, o),
                new double[][]{{0, 0, 0}, {.5, .5, .5}, {.5, .5, 0}, {0, 0, .5}});
        String in = PwInput.write(s, ChemicalSystem.TIO.settings());
        assertThat(in).contains("ntyp = 2", "nat = 4", "Ti   47.8670 Ti.pz-sp-van_ak.UPF", "O    15.9990 O.pz-rrkjus.UPF")
                .doesNotContain("nspin");
        assertThat(in.lines().filter(l -> l.startsWith("Ti ") && l.contains("UPF")).count()).isEqualTo(1);
        assertThat(in).contains("conv_thr = 4.0e-07");   // 1e-7 Ry per atom
    }

    @Test void kMeshFollowsTheSpacingAndNeverDropsBelowOne() {
        assertThat(PwInput.kMesh(Lattice.orthorhombic(2.0, 4.0, 30.0), 0.35)).containsExactly(9, 5, 1);
        assertThat(PwInput.kMesh(Lattice.cubic(5.47), 0.35)).containsExactly(4, 4, 4);
    }

    @Test void settingsRejectACutoffPairThatPwxWouldRefuse() {
        QeSettings q = ChemicalSystem.SI.settings();
        assertThatThrownBy(() -> new QeSettings("PBE", q.pseudoDir(), q.pseudopotentials(), 30, 60, 0.3, "mv", 0.02,
                java.util.Map.of(), 0.4, 1e-8, 100)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ecutrho");
    }
}
