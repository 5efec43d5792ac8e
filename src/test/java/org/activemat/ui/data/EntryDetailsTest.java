package org.activemat.ui.data;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.ui.WorkbenchModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a scientist reads about one structure: its cell, its DFT values with units, and how it was computed. */
class EntryDetailsTest {
    private static final Path FE = Path.of("sample-data", "Fe.extxyz");

    private static Dataset fe() throws Exception {
        assumeTrue(Files.exists(FE), "no bundled Fe sample");
        return DatasetFormats.read(FE);
    }

    @Test void aBundledFeFrameShowsItsCellValuesWithUnitsAndProvenance() throws Exception {
        var e = fe().entries().stream().filter(x -> x.id().equals("Fe-0003-bcc-iso")).findFirst().orElseThrow();
        Map<String, String> rows = new LinkedHashMap<>();
        EntryDetails.of(e).forEach(r -> rows.put(r.name(), r.value()));
        assertThat(rows).containsEntry("formula", "Fe").containsEntry("sites", "2")
                .containsEntry("a, b, c", "2.7300, 2.7300, 2.7300 Å")      // bcc, 3.5 % compressed
                .containsEntry("α, β, γ", "90.00, 90.00, 90.00°")
                .containsEntry("volume per atom", "10.173 Å³")                // a³ / 2
                .containsEntry("energy", "-6921.362134 eV")                   // the meV digits kept
                .containsEntry("formation_energy_per_atom", "0.1074515737 eV/atom")
                .containsEntry("stress_xx", "-19.178 GPa").containsEntry("pressure", "19.178 GPa")
                .containsEntry("magnetization_per_atom", "2.07 μB/atom")
                .containsEntry("forces", "2 × 3, largest |F| 0.0000 eV/Å")   // zero by symmetry
                .containsEntry("wall_seconds", "16.92 s")
                .containsEntry("calculator", "Quantum ESPRESSO pw.x v.6.7MaX PBE").containsEntry("kpoints", "5x5x5")
                .containsEntry("generator", "strain_iso:-0.0353");
    }

    @Test void selectingAnEntryFillsTheDetailsAndAnotherDatasetClearsThem() throws Exception {
        WorkbenchModel s = new WorkbenchModel();
        DataViewModel vm = new DataViewModel(s);
        vm.accept(fe(), FE);
        assertThat(vm.details()).isEmpty();
        s.selectedIdProperty().set("Fe-0163-bcc-iso");
        assertThat(vm.details()).first().isEqualTo(new EntryDetails.Row("id", "Fe-0163-bcc-iso"));
        s.selectedIdProperty().set("no-such-id");
        assertThat(vm.details()).isEmpty();
        s.selectedIdProperty().set("Fe-0163-bcc-iso");
        vm.accept(new Dataset("other", org.activemat.ui.TestDatasets.silicon(5, 1), Map.of()), Path.of("other.extxyz"));
        assertThat(vm.details()).as("the selected id is not in the new data").isEmpty();
    }

    @Test void numbersKeepTenSignificantDigitsWithoutPadding() {
        assertThat(EntryDetails.number(0.0)).isEqualTo("0");
        assertThat(EntryDetails.number(23.68)).isEqualTo("23.68");
        assertThat(EntryDetails.number(-3460.5654188568274)).isEqualTo("-3460.565419");
        assertThat(EntryDetails.number(1e-7)).isEqualTo("0.0000001");   // never in E notation
        assertThat(EntryDetails.number(Double.NaN)).isEqualTo("NaN");
    }
}
