package org.activemat.ui.descriptors;

import org.activemat.ui.TestDatasets;
import org.activemat.ui.WorkbenchModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The descriptor map's logic without a JavaFX toolkit. */
class DescriptorsViewModelTest {
    private static final int GREY = 0xffb4b4b4;

    private static final class FakePicks implements DescriptorsViewModel.PicksSource {
        boolean ran;
        @Override public Set<String> testIds(int seed) { return ran ? Set.of("si-0", "si-1") : null; }
        @Override public Map<String, Integer> pickRounds(String s, int seed) { return ran ? Map.of("si-2", 0, "si-3", 2) : null; }
        @Override public List<String> strategies() { return ran ? List.of("diversity") : List.of(); }
        @Override public List<Integer> seeds() { return List.of(0); }
    }

    private static DescriptorsViewModel computed(FakePicks picks) {
        WorkbenchModel s = new WorkbenchModel();
        s.filteredProperty().set(TestDatasets.siliconDataset(40, 4));
        s.targetProperty().set("energy_per_atom");
        DescriptorsViewModel vm = new DescriptorsViewModel(s, picks);
        vm.accept(vm.inputs().compute());
        return vm;
    }

    @Test void composition8IsFlaggedConstantForOneElementAndTheMapColoursByTarget() {
        DescriptorsViewModel vm = computed(new FakePicks());
        assertThat(vm.features()).hasSize(17);
        assertThat(vm.features().stream().filter(FeatureStat::zeroVariance).map(FeatureStat::name))
                .contains("mean_Z", "n_elements");
        ScatterData d = vm.scatterProperty().get();
        assertThat(d.x()).hasSize(40);
        assertThat(d.continuous()).isTrue();
        double[] y = vm.analysisProperty().get().matrix().y();
        assertThat(d.barMin()).isEqualTo(java.util.Arrays.stream(y).min().orElseThrow());
        assertThat(vm.info(0)).as("the hover label names the unit").contains("energy_per_atom = ").endsWith(" eV/atom");
    }

    @Test void anExtraColumnThatIsTheTargetIsFlaggedAsALeak() {
        DescriptorsViewModel vm = computed(new FakePicks());
        vm.extras().setAll("energy_per_atom");
        vm.accept(vm.inputs().compute());
        assertThat(vm.features()).filteredOn(FeatureStat::possibleLeak).extracting(FeatureStat::name)
                .containsExactly("energy_per_atom");
    }

    @Test void splitAndPickRoundsNeedARunAndThenUseItsIds() {
        FakePicks picks = new FakePicks();
        DescriptorsViewModel vm = computed(picks);
        vm.colorModeProperty().set(ColorMode.PICK_ROUND);
        assertThat(vm.scatterProperty().get().note()).contains("Run (or open) an experiment");
        assertThat(vm.scatterProperty().get().argb()).containsOnly(GREY);
        picks.ran = true;
        vm.picksChanged();
        int row2 = vm.analysisProperty().get().rowOf("si-2"), row3 = vm.analysisProperty().get().rowOf("si-3");
        int[] c = vm.scatterProperty().get().argb();
        assertThat(c[row2]).isNotEqualTo(GREY).isNotEqualTo(c[row3]);
        vm.colorModeProperty().set(ColorMode.SPLIT);
        assertThat(vm.scatterProperty().get().note()).contains("2 test entries");
        vm.colorModeProperty().set(ColorMode.CLUSTER);
        assertThat(vm.scatterProperty().get().note()).contains("k = 15");
    }

    @Test void theSplitOfTheChosenSeedIsShownBeforeAnyRunAsTheEngineWillMakeIt() {
        DescriptorsViewModel vm = computed(new FakePicks());
        vm.testFractionProperty().set(0.25);
        vm.pickSeedProperty().set(3);
        vm.colorModeProperty().set(ColorMode.SPLIT);
        DescriptorAnalysis a = vm.analysisProperty().get();
        boolean[] test = org.activemat.engine.loop.DataSplit.of(a.rows(), 3, 0.25).testMask();
        int[] c = vm.scatterProperty().get().argb();
        int testColour = vm.scatterProperty().get().legendArgb()[1];
        for (int i = 0; i < c.length; i++) assertThat(c[i] == testColour).as("row " + i).isEqualTo(test[i]);
        assertThat(vm.scatterProperty().get().note()).contains("seed 3: 10 test entries", "next run");
        vm.pickSeedProperty().set(4);
        assertThat(vm.scatterProperty().get().argb()).isNotEqualTo(c);
    }

    @Test void clusterColoursComeFromTheEngineKMeansWithSeed0() {
        DescriptorsViewModel vm = computed(new FakePicks());
        vm.colorModeProperty().set(ColorMode.CLUSTER);
        int[] labels = org.activemat.engine.descriptor.Clusters.kmeans(vm.analysisProperty().get().standardized(), 15, 0);
        int[] c = vm.scatterProperty().get().argb();
        for (int i = 0; i < c.length; i++)
            assertThat(c[i]).isEqualTo(org.activemat.ui.common.chart.Palette.categorical(labels[i]));
    }
}
