package org.activemat.ui.strategies;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentPreset;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.ModelBackend;
import org.activemat.engine.model.ModelBackends;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.registry.Parameter;
import org.activemat.engine.strategy.RandomStrategy;
import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.strategy.StrategyType;
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

    /** An initial count the pool cannot hold is the initial field's problem, not the rounds'. */
    @Test void anImpossibleInitialCountIsReportedBesideInitialLabels() {
        StrategiesViewModel vm = withPool(200);   // pool 160
        vm.initialLabelsProperty().set(400);
        assertThat(vm.errorProperty(Field.INITIAL).get()).contains("160");
        assertThat(vm.errorProperty(Field.ROUNDS).get()).isEmpty();
        assertThat(vm.blockReasonProperty().get()).startsWith("Initial labels");
        vm.initialLabelsProperty().set(100);       // fits alone, not with 5 × 15 more: the schedule's problem
        assertThat(vm.errorProperty(Field.INITIAL).get()).isEmpty();
        assertThat(vm.errorProperty(Field.ROUNDS).get()).contains("175").contains("only 160");
    }

    /** Text that is no number says so, rather than quoting the range a number would need. */
    @Test void textThatIsNoNumberSaysNotANumber() {
        StrategiesViewModel vm = withPool(200);
        vm.testFractionProperty().set(Double.NaN);                       // what the field holds for "abc"
        assertThat(vm.errorProperty(Field.TEST_FRACTION).get()).contains("not a number").doesNotContain("between");
        assertThat(vm.errorProperty(Field.INITIAL).get()).isEmpty();      // no pool to compare with meanwhile
        vm.testFractionProperty().set(1.5);
        assertThat(vm.errorProperty(Field.TEST_FRACTION).get()).contains("between 0 and 1");
        vm.testFractionProperty().set(0.2);
        vm.seedsProperty().set(FormFields.NOT_AN_INTEGER);                // what the field holds for "x"
        assertThat(vm.errorProperty(Field.SEEDS).get()).contains("not a number");
        vm.seedsProperty().set(0);
        assertThat(vm.errorProperty(Field.SEEDS).get()).contains("at least 1");
        vm.strategy("diversity").parameter("k").orElseThrow().valueProperty().set(Double.NaN);
        assertThat(vm.strategy("diversity").parameter("k").orElseThrow().errorProperty().get()).contains("not a number");
    }

    /** A replayed run gets a rough time up front, as a live one does: ≈, and more work means more time. */
    @Test void aReplayedRunGetsARoughTrainingTime() {
        StrategiesViewModel vm = withPool(200);
        vm.queryRoundsProperty().set(3);
        assertThat(vm.validProperty().get()).isTrue();
        String before = vm.budgetProperty().get();
        assertThat(before).contains("training ≈").contains("java-mlp");
        vm.membersProperty().set(1);                                      // invalid: no estimate of a plan that cannot run
        assertThat(vm.budgetProperty().get()).doesNotContain("≈");
        vm.membersProperty().set(5);
        vm.epochsProperty().set(100_000);
        assertThat(vm.budgetProperty().get()).contains("training ≈").isNotEqualTo(before);
    }

    @Test void atLeastOneStrategyMustBeChosen() {
        StrategiesViewModel vm = withPool(200);
        for (StrategyChoice s : vm.strategies()) s.selectedProperty().set(false);
        assertThat(vm.errorProperty(Field.STRATEGIES).get()).isNotEmpty();
        assertThat(vm.validProperty().get()).isFalse();
        vm.strategy("diversity").selectedProperty().set(true);
        assertThat(vm.selectedStrategies()).containsExactly("diversity");
        assertThat(vm.validProperty().get()).isTrue();
    }

    /** The rows are the registry's: the paper's four in order, each with its typed parameters at their defaults. */
    @Test void theFormHasOneRowPerRegisteredStrategyWithItsParameters() {
        StrategiesViewModel vm = withPool(200);
        assertThat(vm.strategies()).extracting(StrategyChoice::name).startsWith("random", "uncertainty", "diversity", "hybrid");
        assertThat(vm.strategy("diversity").parameters()).extracting(ParameterField::name).containsExactly("k");
        assertThat(vm.strategy("diversity").parameter("k").orElseThrow().value()).isEqualTo(15);
        assertThat(vm.strategy("hybrid").parameter("alpha").orElseThrow().value()).isEqualTo(0.6);
        assertThat(vm.strategy("random").parameters()).isEmpty();

        ParameterField alpha = vm.strategy("hybrid").parameter("alpha").orElseThrow();
        alpha.valueProperty().set(1.5);                                       // out of its registered range [0, 1]
        assertThat(alpha.errorProperty().get()).contains("alpha must be in [0, 1]");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.blockReasonProperty().get()).startsWith("hybrid: alpha");
        assertThat(vm.ensembleProblem()).startsWith("hybrid: alpha");
        vm.strategy("hybrid").selectedProperty().set(false);                  // an unchosen strategy does not block Run
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
        alpha.valueProperty().set(Double.NaN);                                // text that is not a number
        assertThat(alpha.errorProperty().get()).isEqualTo("alpha is not a number");
        vm.strategy("diversity").parameter("k").orElseThrow().valueProperty().set(7.5);
        assertThat(vm.strategy("diversity").parameter("k").orElseThrow().errorProperty().get()).contains("whole number");
        assertThat(vm.validProperty().get()).isFalse();
        vm.reset();
        assertThat(alpha.value()).isEqualTo(0.6);
        assertThat(vm.validProperty().get()).isTrue();
    }

    /** A strategy registered by anyone (here, by this test) gets its row and field, and reaches the plan with its value. */
    @Test void aNewlyRegisteredStrategyIsOnTheFormAndInThePlan() {
        String name = "test-only-nearest";
        Strategies.REGISTRY.register(StrategyType.of(name, "test only: picks the first candidates", p -> new RandomStrategy(),
                Parameter.real("radius", "neighbourhood radius", 2.5, 0.1, 10, "Å")));
        try {
            StrategiesViewModel vm = withPool(200);
            StrategyChoice row = vm.strategies().get(vm.strategies().size() - 1);
            assertThat(row.name()).isEqualTo(name);
            assertThat(row.description()).isEqualTo("test only: picks the first candidates");
            assertThat(row.isSelected()).as("not a paper strategy: off by default").isFalse();
            ParameterField radius = row.parameter("radius").orElseThrow();
            assertThat(radius.label()).isEqualTo("radius (Å)");
            assertThat(radius.tooltip()).contains("neighbourhood radius", "default 2.5");
            assertThat(radius.value()).isEqualTo(2.5);

            row.selectedProperty().set(true);
            radius.valueProperty().set(11);
            assertThat(radius.errorProperty().get()).contains("radius must be in [0.1, 10]");
            assertThat(vm.validProperty().get()).isFalse();
            radius.valueProperty().set(4.0);
            assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
            ExperimentPlan plan = vm.toPlan();
            assertThat(plan.strategyNames()).endsWith(name);
            assertThat(plan.strategy(name).value("radius")).isEqualTo(4.0);
            assertThat(vm.strategySpec(name).value("radius")).isEqualTo(4.0);

            StrategiesViewModel reopened = withPool(200);
            assertThat(reopened.strategy(name).isSelected()).isFalse();
            reopened.fromPlan(plan);
            assertThat(reopened.strategy(name).isSelected()).isTrue();
            assertThat(reopened.strategy(name).parameter("radius").orElseThrow().value()).isEqualTo(4.0);
            assertThat(reopened.toPlan().strategies()).isEqualTo(plan.strategies());
        } finally {
            Strategies.REGISTRY.unregister(name);
        }
    }

    /** Presets are the engine's plans, not numbers typed again. */
    @Test void presetsAreTheEnginesPlans() {
        StrategiesViewModel vm = withPool(200);
        vm.seedsProperty().set(2);
        vm.paperProtocol();
        ExperimentPlan paper = ExperimentPlan.paper();
        assertThat(sameSchedule(vm.toPlan(), paper)).isEqualTo(paper);
        assertThat(resolved(vm.toPlan())).isEqualTo(resolved(paper));
        assertThat(vm.toPlan().strategyNames()).isEqualTo(paper.strategyNames());
        vm.quickLook();
        ExperimentPlan quick = ExperimentPreset.REGISTRY.get("quick").plan().get();
        assertThat(sameSchedule(vm.toPlan(), quick)).isEqualTo(quick);
        assertThat(resolved(vm.toPlan())).isEqualTo(resolved(quick));
        assertThat(vm.seedsProperty().get()).isEqualTo(3);
        assertThat(vm.hiddenLayersProperty().get()).isEqualTo("64, 64");
    }

    /** p with q's thread count and strategy specs: what is left to compare is the schedule and the model. */
    private static ExperimentPlan sameSchedule(ExperimentPlan p, ExperimentPlan q) {
        return p.withThreads(q.threads()).withStrategySpecs(q.strategies());
    }

    private static java.util.List<java.util.Map<String, Double>> resolved(ExperimentPlan p) {
        return p.strategies().stream().map(org.activemat.engine.strategy.StrategySpec::resolved).toList();
    }

    /** The backend is in the plan; choosing one loads its defaults into the ensemble fields. */
    @Test void theBackendComesFromTheRegistryAndLoadsItsDefaults() {
        StrategiesViewModel vm = withPool(200);
        assertThat(StrategiesViewModel.backends()).isEqualTo(ModelBackends.REGISTRY.names());
        assertThat(vm.backendProperty().get()).isEqualTo(ModelBackends.standard().name());
        assertThat(vm.toPlan().model()).isEqualTo(ModelSpec.standard());
        vm.epochsProperty().set(7);
        vm.backendProperty().set(null);                                       // what a combo box does on the way
        vm.backendProperty().set(ModelBackends.standard().name());
        assertThat(vm.epochsProperty().get()).isEqualTo(ModelBackends.standard().defaults().epochs());

        ModelBackend other = new ModelBackend() {   // a second backend with its own defaults
            @Override public String name() { return "test-backend"; }
            @Override public String description() { return "test only"; }
            @Override public MlpSettings defaults() { return MlpSettings.paper().withEpochs(33).withMembers(3); }
            @Override public java.util.List<String> problems(MlpSettings s) { return java.util.List.of(); }
            @Override public org.activemat.engine.model.Trainer trainer(MlpSettings s) { throw new UnsupportedOperationException(); }
        };
        ModelBackends.REGISTRY.register(other);
        try {
            vm.backendProperty().set("test-backend");
            assertThat(vm.epochsProperty().get()).isEqualTo(33);
            assertThat(vm.membersProperty().get()).isEqualTo(3);
            vm.epochsProperty().set(12);
            assertThat(vm.toPlan().model()).isEqualTo(new ModelSpec("test-backend", MlpSettings.paper().withEpochs(12).withMembers(3)));
            StrategiesViewModel reopened = withPool(200);
            reopened.fromPlan(vm.toPlan());                                   // a saved plan keeps its own settings
            assertThat(reopened.backendProperty().get()).isEqualTo("test-backend");
            assertThat(reopened.epochsProperty().get()).isEqualTo(12);
        } finally {
            ModelBackends.REGISTRY.unregister("test-backend");
        }
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
        assumeTrue(org.activemat.engine.oracle.qe.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        WorkbenchModel session = new WorkbenchModel();
        session.filteredProperty().set(TestDatasets.siliconDataset(30, 1));   // too small to split, fine as a test set
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        assertThat(vm.liveSystem()).isEqualTo(org.activemat.engine.oracle.qe.ChemicalSystem.SI);
        assertThat(vm.validProperty().get()).isFalse();                      // paper: 105 labels > 100 pool
        assertThat(vm.errorProperty(Field.POOL).get()).contains("105");
        vm.livePoolProperty().set(120);
        assertThat(vm.validProperty().get()).as(vm.blockReasonProperty().get()).isTrue();
        assertThat(vm.budgetProperty().get()).contains("120 generated Si structures", "30 loaded entries are the test set");
        assertThat(vm.liveLabelsFile().getFileName().toString()).isEqualTo("Si-pool1.extxyz");

        vm.livePoolSeedProperty().set((int) org.activemat.engine.oracle.generator.CandidateGenerator.SAMPLE_SEED);
        assertThat(vm.errorProperty(Field.POOL_SEED).get()).contains("draws the bundled samples' structures");
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
        vm.liveProperty().set(false);                                        // replaying: a pool of 24 cannot start with 30
        assertThat(vm.errorProperty(Field.POOL).get()).isEmpty();
        assertThat(vm.errorProperty(Field.INITIAL).get()).contains("24");

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
        assumeTrue(org.activemat.engine.oracle.qe.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
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
        assumeTrue(org.activemat.engine.oracle.qe.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        WorkbenchModel session = new WorkbenchModel();
        session.filteredProperty().set(TestDatasets.siliconDataset(30, 1));
        session.targetProperty().set("energy_per_atom");
        StrategiesViewModel vm = new StrategiesViewModel(session);
        vm.liveProperty().set(true);
        vm.liveLook();                                                       // 30 labels per run
        var shared = new org.activemat.engine.data.Dataset("md", TestDatasets.silicon(25, 7), java.util.Map.of());   // ids si-0…
        vm.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(java.nio.file.Path.of("same-ids.extxyz"), shared));
        assertThat(vm.errorProperty(Field.POOL).get()).contains("same-ids.extxyz shares 25 structure id(s) with the test set");
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

    /** The spread recalibration chosen on the form is the plan's, and an opened plan shows its own. */
    @Test void theRecalibrationChosenIsThePlansAndAnOpenedPlanShowsItsOwn() {
        StrategiesViewModel vm = new StrategiesViewModel(new org.activemat.ui.WorkbenchModel());
        assertThat(vm.toPlan().recalibration()).isEqualTo(org.activemat.engine.loop.Recalibration.DEFAULT);
        assertThat(org.activemat.engine.loop.Recalibration.choices()).hasSize(5).first().isEqualTo(org.activemat.engine.loop.Recalibration.DEFAULT);
        var cv = new org.activemat.engine.loop.Recalibration(org.activemat.engine.loop.Recalibration.Method.ISOTONIC,
                org.activemat.engine.loop.Recalibration.Residuals.CROSS_VALIDATION, 5);
        assertThat(org.activemat.engine.loop.Recalibration.choices()).contains(cv);
        vm.recalibrationProperty().set(cv);
        var plan = vm.toPlan();
        assertThat(plan.recalibration()).isEqualTo(cv);
        vm.paperProtocol();
        assertThat(vm.toPlan().recalibration()).isEqualTo(org.activemat.engine.loop.Recalibration.DEFAULT);
        vm.fromPlan(plan);
        assertThat(vm.recalibrationProperty().get()).isEqualTo(cv);
        assertThat(vm.toPlan()).isEqualTo(plan);
    }
}
