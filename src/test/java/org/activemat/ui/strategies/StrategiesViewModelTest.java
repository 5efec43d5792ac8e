package org.activemat.ui.strategies;

import org.activemat.ui.TestDatasets;
import org.activemat.ui.WorkbenchModel;
import org.activemat.ui.strategies.StrategiesViewModel.Field;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StrategiesViewModelTest {
    private static StrategiesViewModel withPool(int entries) {
        WorkbenchModel s = new WorkbenchModel();
        s.filteredProperty().set(TestDatasets.siliconDataset(entries, 1));
        return new StrategiesViewModel(s);
    }

    @Test void withoutDataRunIsBlockedAndSaysWhy() {
        StrategiesViewModel vm = new StrategiesViewModel(new WorkbenchModel());
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockReasonProperty().get()).contains("load a dataset");
    }

    @Test void paperProtocolNeedsMoreLabelsThanASmallPoolHas() {
        StrategiesViewModel vm = withPool(100);   // pool 80 < 30 + 5 × 15 = 105
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.errorProperty(Field.ROUNDS).get()).contains("105").contains("only 80");
        vm.queryRoundsProperty().set(3);            // 30 + 45 = 75 ≤ 80
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.errorProperty(Field.ROUNDS).get()).isEmpty();
        assertThat(vm.blockReasonProperty().get()).isEmpty();
    }

    @Test void eachInvalidFieldReportsItsOwnProblem() {
        StrategiesViewModel vm = withPool(200);
        assertThat(vm.validProperty().get()).isTrue();
        vm.membersProperty().set(1);
        assertThat(vm.errorProperty(Field.MEMBERS).get()).contains("≥ 2 members");
        assertThat(vm.blockReasonProperty().get()).startsWith("Members");
        vm.membersProperty().set(5);
        vm.hiddenLayersProperty().set("128, abc");
        assertThat(vm.errorProperty(Field.HIDDEN).get()).contains("whole numbers");
        vm.hiddenLayersProperty().set("64 64");
        assertThat(vm.parsedHiddenLayers()).containsExactly(64, 64);
        vm.testFractionProperty().set(1.5);
        assertThat(vm.validProperty().get()).isFalse();
        vm.reset();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.seedsProperty().get()).isEqualTo(5);
    }

    @Test void atLeastOneStrategyMustBeChosen() {
        StrategiesViewModel vm = withPool(200);
        for (var p : new javafx.beans.property.BooleanProperty[]{vm.randomProperty(), vm.uncertaintyProperty(),
                vm.diversityProperty(), vm.hybridProperty()}) p.set(false);
        assertThat(vm.errorProperty(Field.STRATEGIES).get()).isNotEmpty();
        assertThat(vm.validProperty().get()).isFalse();
        vm.diversityProperty().set(true);
        assertThat(vm.selectedStrategies()).containsExactly("diversity");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test void fitToDataScalesThePaperScheduleDownToASmallPool() {
        StrategiesViewModel vm = withPool(31);   // pool 25, like a sample still being labelled
        assertThat(vm.validProperty().get()).isFalse();
        vm.fitToData();
        assertThat(vm.queryRoundsProperty().get()).isEqualTo(5);
        assertThat(vm.initialLabelsProperty().get()).isEqualTo(2 * vm.batchSizeProperty().get());
        assertThat(vm.initialLabelsProperty().get() + 5 * vm.batchSizeProperty().get()).isLessThanOrEqualTo(25);
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
    }

    @Test void liveLabellingUsesTheLoadedSiliconAsTheTestSetAndChecksThePool() {
        assumeTrue(org.activemat.engine.oracle.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        WorkbenchModel session = new WorkbenchModel();
        session.filteredProperty().set(TestDatasets.siliconDataset(30, 1));   // too small to split, fine as a test set
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        assertThat(vm.liveSystem()).isEqualTo(org.activemat.engine.oracle.ChemicalSystem.SI);
        assertThat(vm.validProperty().get()).isFalse();                      // paper: 105 labels > 100 pool
        assertThat(vm.errorProperty(Field.POOL).get()).contains("105");
        vm.livePoolProperty().set(120);
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
        assertThat(vm.budgetProperty().get()).contains("120 generated Si structures", "30 loaded entries are the test set");
        assertThat(vm.liveLabelsFile().getFileName().toString()).isEqualTo("Si-pool1.extxyz");

        vm.livePoolSeedProperty().set((int) org.activemat.engine.oracle.generator.CandidateGenerator.SAMPLE_SEED);
        assertThat(vm.errorProperty(Field.POOL_SEED).get()).contains("samples' seed");
        vm.livePoolSeedProperty().set(4);
        session.targetProperty().set("energy");                              // not what the oracle labels per atom
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockReasonProperty().get()).contains("formation_energy_per_atom and energy_per_atom");
        session.targetProperty().set(null);                                  // between two datasets: no target yet
        assertThat(vm.validProperty().get()).isFalse();
        session.targetProperty().set("energy_per_atom");
        vm.livePoolProperty().set(40);
        vm.liveLook();                                                       // 10 + 4 × 5 = 30 labels fit a pool of 40
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
        assertThat(vm.selectedStrategies()).containsExactly("random", "uncertainty");
        vm.paperProtocol();
        vm.liveProperty().set(false);                                        // replaying: 30 entries cannot run 105 labels
        assertThat(vm.errorProperty(Field.POOL).get()).isEmpty();
        assertThat(vm.errorProperty(Field.ROUNDS).get()).contains("105");

        vm.fromExploration(new org.activemat.engine.io.ExplorationInfo("Si", 60, 9, null, null),
                java.nio.file.Path.of("/data/labels/Si-pool9.extxyz"));              // a saved live experiment
        assertThat(vm.liveProperty().get()).isTrue();
        assertThat(vm.liveLabelsFile()).isEqualTo(java.nio.file.Path.of("/data/labels/Si-pool9.extxyz"));
        assertThat(vm.livePoolProperty().get()).isEqualTo(60);
        vm.fromExploration(new org.activemat.engine.io.ExplorationInfo("Si", 60, 9, null, null),
                java.nio.file.Path.of("/data/labels/my-run.extxyz"));                // explore --out my-run.extxyz
        assertThat(vm.liveLabelsFile()).as("its labels are reused").isEqualTo(java.nio.file.Path.of("/data/labels/my-run.extxyz"));
        vm.livePoolSeedProperty().set(10);                                   // another pool: its own cache
        assertThat(vm.liveLabelsFile()).isEqualTo(java.nio.file.Path.of("/data/labels/Si-pool10.extxyz"));
        vm.fromExploration(null, null);                                      // a replayed one
        assertThat(vm.liveProperty().get()).isFalse();
    }

    /** The bundled samples record each structure's pw.x time: the live budget turns it into a time to expect. */
    @Test void liveBudgetEstimatesTheDftTimeFromTheTestSet() {
        assumeTrue(org.activemat.engine.oracle.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        WorkbenchModel session = new WorkbenchModel();
        var timed = TestDatasets.silicon(30, 1).stream().map(e -> e.withProperty("wall_seconds", 60)).toList();
        session.filteredProperty().set(new org.activemat.engine.data.Dataset("timed Si", timed, java.util.Map.of()));
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        vm.livePoolProperty().set(40);
        vm.liveLook();                                   // 30 labels × 2 strategies, capped by the pool: 40 calculations
        vm.liveJobsProperty().set(1);
        assertThat(vm.budgetProperty().get()).contains("At most 40 calculations", "about 40 min of pw.x");

        session.filteredProperty().set(TestDatasets.siliconDataset(30, 1));   // no recorded times: no guess
        assertThat(vm.budgetProperty().get()).contains("At most 40 calculations").doesNotContain("of pw.x at");
    }

    @Test void liveLabellingNeedsAnOracleSystem() {
        WorkbenchModel session = new WorkbenchModel();
        var gaas = new org.activemat.engine.data.Dataset("GaAs", java.util.List.of(org.activemat.engine.data.Entry.of("g1",
                new org.activemat.engine.chem.Structure(org.activemat.engine.chem.Lattice.cubic(5.65),
                        java.util.List.of(org.activemat.engine.chem.Element.of("Ga"), org.activemat.engine.chem.Element.of("As")),
                        new double[][]{{0, 0, 0}, {1.41, 1.41, 1.41}}), java.util.Map.of("energy_per_atom", -4.0), "test")), java.util.Map.of());
        session.filteredProperty().set(gaas);
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        assertThat(vm.liveSystem()).isNull();
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockReasonProperty().get()).contains("Si, C, Fe or Ti–O");
    }
    /** The live pool may be the user's own structures: the form checks their elements and count against the protocol. */
    @Test void aPoolFileReplacesTheGeneratedPool() {
        assumeTrue(org.activemat.engine.oracle.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        WorkbenchModel session = new WorkbenchModel();
        session.filteredProperty().set(TestDatasets.siliconDataset(30, 1));
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        vm.liveLook();                                                       // 30 labels per run
        var shared = new org.activemat.engine.data.Dataset("md", TestDatasets.silicon(25, 7), java.util.Map.of());   // ids si-0…
        vm.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(java.nio.file.Path.of("same-ids.extxyz"), shared));
        assertThat(vm.errorProperty(Field.POOL).get()).contains("same-ids.extxyz shares 25 id(s) with the loaded test set");
        var mine = new org.activemat.engine.data.Dataset("md", TestDatasets.silicon(25, 7).stream()
                .map(en -> org.activemat.engine.data.Entry.of("md-" + en.id(), en.structure(), java.util.Map.of(), "test")).toList(),
                java.util.Map.of("sha256", "0123456789abcdef"));
        vm.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(java.nio.file.Path.of("/runs/md snapshots.extxyz"), mine));
        assertThat(vm.livePoolSize()).isEqualTo(25);
        assertThat(vm.errorProperty(Field.POOL).get()).contains("30 labels");   // 25 structures cannot give 30
        vm.queryRoundsProperty().set(2);                                     // 10 + 2 × 5 = 20
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
        assertThat(vm.budgetProperty().get()).contains("the 25 structures of md snapshots.extxyz form the pool");
        assertThat(vm.liveLabelsFile().getFileName().toString()).isEqualTo("Si-md-snapshots-01234567.extxyz");

        var foreign = new java.util.ArrayList<>(TestDatasets.silicon(24, 7));
        foreign.add(org.activemat.engine.data.Entry.of("ge-1", new org.activemat.engine.chem.Structure(
                org.activemat.engine.chem.Lattice.cubic(5.65), java.util.List.of(org.activemat.engine.chem.Element.of("Ge")),
                new double[][]{{0, 0, 0}}), java.util.Map.of(), "test"));
        vm.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(java.nio.file.Path.of("mixed.extxyz"),
                new org.activemat.engine.data.Dataset("mixed", foreign, java.util.Map.of())));
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.errorProperty(Field.POOL).get()).contains("mixed.extxyz", "entry 'ge-1'", "contains Ge");

        vm.livePoolFileProperty().set(null);                                 // back to the generator
        assertThat(vm.livePoolSize()).isEqualTo(vm.livePoolProperty().get());
        assertThat(vm.liveLabelsFile().getFileName().toString()).isEqualTo("Si-pool1.extxyz");
    }
}
