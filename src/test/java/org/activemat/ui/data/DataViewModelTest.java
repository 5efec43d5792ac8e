package org.activemat.ui.data;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.ui.TestDatasets;
import org.activemat.ui.WorkbenchModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Data panel's logic without a JavaFX toolkit. */
class DataViewModelTest {
    private static Dataset withProblems() {
        List<Entry> entries = new ArrayList<>(TestDatasets.silicon(20, 1));
        entries.add(entries.get(0));                                      // duplicate id
        Entry b = entries.get(1).withProperty("energy_per_atom", Double.NaN);
        entries.add(new Entry("nan-target", b.structure(), null, b.properties(), Map.of(), Map.of(), "synthetic"));
        return new Dataset("mixed", entries, Map.of());
    }

    @Test void choosesEnergyPerAtomAndReportsWhatEachFilterRemoved() {
        WorkbenchModel s = new WorkbenchModel();
        DataViewModel vm = new DataViewModel(s);
        vm.accept(withProblems(), Path.of("mixed.extxyz"));
        assertThat(vm.targetProperty().get()).isEqualTo("energy_per_atom");
        assertThat(vm.targets()).contains("energy", "energy_per_atom");
        assertThat(vm.rows()).hasSize(20);
        assertThat(s.filtered().size()).isEqualTo(20);
        assertThat(vm.filterReportProperty().get()).startsWith("kept 20 of 22").contains("duplicate ids: removed 1");
        assertThat(vm.histogramProperty().get().total()).isEqualTo(20);
    }

    @Test void narrowingTheSiteRangeRemovesEntriesAndUpdatesTheSharedDataset() {
        WorkbenchModel s = new WorkbenchModel();
        DataViewModel vm = new DataViewModel(s);
        vm.accept(TestDatasets.siliconDataset(40, 2), Path.of("si.extxyz"));
        long small = vm.rows().stream().filter(r -> r.sites() <= 4).count();
        vm.maxSitesProperty().set(4);
        assertThat(vm.rows()).hasSize((int) small);
        assertThat(s.filtered().size()).isEqualTo((int) small);
        assertThat(vm.filterReportProperty().get()).contains("sites outside 2–4: removed " + (40 - small));
    }

    @Test void quickFilterMatchesIdAndFormula() {
        DataViewModel vm = new DataViewModel(new WorkbenchModel());
        vm.accept(TestDatasets.siliconDataset(30, 3), Path.of("si.extxyz"));
        vm.queryProperty().set("si-1");
        assertThat(vm.visibleRows()).allMatch(r -> r.id().contains("si-1")).isNotEmpty();
        vm.queryProperty().set("Fe");
        assertThat(vm.visibleRows()).isEmpty();
    }

    private static Dataset withFormationEnergy(Dataset d) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : d.entries()) out.add(e.withProperty("formation_energy_per_atom", e.properties().get("energy_per_atom") + 5));
        return new Dataset(d.name() + " + formation", out, Map.of());
    }

    @Test void formationEnergyIsTheDefaultTargetWhenPresentButAUsersChoiceIsKept() {
        WorkbenchModel s = new WorkbenchModel();
        DataViewModel vm = new DataViewModel(s);
        vm.accept(TestDatasets.siliconDataset(20, 1), Path.of("si.extxyz"));
        assertThat(vm.targetProperty().get()).isEqualTo("energy_per_atom"); // no formation energy: today's rule
        vm.accept(withFormationEnergy(TestDatasets.siliconDataset(20, 2)), Path.of("Si.extxyz"));
        assertThat(vm.targetProperty().get()).as("a default is not a choice").isEqualTo("formation_energy_per_atom");
        vm.targetProperty().set("energy");                                   // the user picks another target
        vm.accept(withFormationEnergy(TestDatasets.siliconDataset(20, 3)), Path.of("C.extxyz"));
        assertThat(vm.targetProperty().get()).isEqualTo("energy");
    }

    @Test void anEmptyTableSaysWhyItIsEmpty() {
        WorkbenchModel s = new WorkbenchModel();
        DataViewModel vm = new DataViewModel(s);
        var message = vm.emptyTableMessage();
        assertThat(message.get()).startsWith("No entries. Open a file");
        vm.accept(withProblems(), Path.of("mixed.extxyz"));
        vm.queryProperty().set(" graphite ");
        assertThat(vm.visibleRows()).isEmpty();
        assertThat(message.get()).isEqualTo("No entry's id, formula or source contains \u201cgraphite\u201d.");
        vm.minSitesProperty().set(100);
        vm.maxSitesProperty().set(200);
        assertThat(message.get()).isEqualTo("The filters above removed all 22 entries of mixed.");
    }
}
