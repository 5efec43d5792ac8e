package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The readers on real public DFT files in ../shared/data (see its SOURCES.md); skipped when that folder is absent. */
class SharedDataReadersTest {

    static Path shared(String relative) {
        String root = System.getProperty("activemat.sharedData", "../shared/data");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(p), "shared test data not found: " + p + " (set -Dactivemat.sharedData)");
        return p;
    }

    @Test void tio2ComputedStructureEntries() throws Exception {
        Dataset d = DatasetFormats.read(shared("pymatgen-core/TiO2_entries.json"));
        assertThat(d.size()).isEqualTo(16);
        assertThat(d.allHaveStructures()).isTrue();
        for (Entry e : d.entries()) {
            assertThat(e.formula()).isEqualTo("TiO2");
            double f = e.property("data.formation_energy_per_atom").orElseThrow();
            assertThat(e.property("formation_energy_per_atom").orElseThrow()).isEqualTo(f);
            assertThat(f).isBetween(-4.0, -2.5);
            // energy_per_atom from the data block agrees with total energy / sites
            assertThat(e.property("energy").orElseThrow() / e.structure().size())
                    .isCloseTo(e.property("energy_per_atom").orElseThrow(), org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(d.entries().stream().filter(e -> e.properties().containsKey("band_gap")).count()).isEqualTo(10);
    }

    @Test void liFePOComputedEntriesAreCompositionOnly() throws Exception {
        Dataset d = DatasetFormats.read(shared("pymatgen-core/Li-Fe-P-O_entries.json"));
        assertThat(d.size()).isEqualTo(859);
        assertThat(d.entries()).noneMatch(Entry::hasStructure);
        assertThat(d.ids()).contains("mp-13", "mp-150").hasSize(859);
        assertThat(d.entries()).allMatch(e -> e.properties().containsKey("energy_per_atom"));
    }

    @Test void emmetMaterialsTasksAndEntries() throws Exception {
        Dataset materials = DatasetFormats.read(shared("emmet/materials_Li_Fe_V.json.gz"));
        assertThat(materials.size()).isEqualTo(21);
        assertThat(materials.ids()).contains("mp-13", "mp-136");
        assertThat(materials.get(0).properties()).containsKeys("energy_per_atom", "bandstructure.band_gap", "band_gap");

        Dataset tasks = DatasetFormats.read(shared("emmet/tasks_Li_Fe_V.json.gz"));
        assertThat(tasks.size()).isEqualTo(99);
        assertThat(tasks.allHaveStructures()).isTrue(); // all from output.structure
        assertThat(tasks.entries()).allMatch(e -> e.properties().containsKey("output.energy"));

        Dataset entries = DatasetFormats.read(shared("emmet/Li-Fe-O.json.gz"));
        assertThat(entries.size()).isEqualTo(375);
        assertThat(entries.propertyNames()).contains("energy", "energy_per_atom", "correction");

        Dataset si = DatasetFormats.read(shared("emmet/test_si_tasks.json.gz"));
        assertThat(si.size()).isEqualTo(4);
        assertThat(si.entries()).allMatch(e -> e.siteArrays().get("forces").length == e.structure().size());
    }

    @Test void mlearnSiTrainingSetWithForces() throws Exception {
        Dataset d = DatasetFormats.read(shared("mlearn-si/training.json"));
        assertThat(d.size()).isEqualTo(214);
        for (Entry e : d.entries()) {
            assertThat(e.formula()).isEqualTo("Si");
            assertThat(e.properties()).containsKey("outputs.energy");
            assertThat(e.siteArrays().get("forces")).hasNumberOfRows(e.structure().size());
            assertThat(e.property("num_atoms").orElseThrow()).isEqualTo(e.structure().size());
        }
        assertThat(d.get(0).info()).containsKeys("group", "description");
        DatasetFilters.Result r = DatasetFilters.apply(d, DatasetFilters.Settings.paper("energy_per_atom"));
        assertThat(r.report().outsideSiteRange()).isEqualTo(r.report().input() - r.report().kept());
    }

    @Test void matbenchElementalReferencesAreADictOfComputedEntries() throws Exception {
        Dataset d = DatasetFormats.read(shared("matbench-discovery/2023-02-07-mp-elemental-reference-entries.json.gz"));
        assertThat(d.size()).isEqualTo(89);
        assertThat(d.entries()).allMatch(e -> e.composition().elementCount() == 1);
        assertThat(d.ids()).contains("mp-149-GGA", "mp-13-GGA");
    }

    @Test void jarvisUnaryEnergiesAreRejectedWithAClearMessage() {
        Path p = shared("jarvis/unary.json");
        assertThatThrownBy(() -> DatasetFormats.read(p)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("unary.json:$.").hasMessageContaining("expected a structure");
    }
}
