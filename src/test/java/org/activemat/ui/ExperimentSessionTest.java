package org.activemat.ui;

import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.task.CancellationToken;
import org.activemat.ui.common.ProgressTracker;
import org.activemat.ui.common.TaskStatusModel;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.data.DataViewModel;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.results.ResultsViewModel;
import org.activemat.ui.run.RunViewModel;
import org.activemat.ui.strategies.StrategiesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the experiment session decides, without a toolkit: which plan and data a run uses, what it saves and reopens. */
class ExperimentSessionTest {
    @TempDir Path dir;

    /** The window as the session sees it: what it was asked to show, open and report. */
    private static final class RecordingHost implements ExperimentSession.Host {
        final List<String> errors = new ArrayList<>();
        final List<Panel> panels = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();

        @Override public void error(String title, Throwable e) { errors.add(title + ": " + e.getMessage()); }
        @Override public void showPanel(Panel p) { panels.add(p); }
        @Override public void openData(Path file) { opened.add(file); }
        @Override public void recentFilesChanged() {}
    }

    private final WorkbenchModel model = new WorkbenchModel();
    private final DataViewModel data = new DataViewModel(model);
    private final StrategiesViewModel strategies = new StrategiesViewModel(model);
    private final RunViewModel run = new RunViewModel();
    private final ResultsViewModel results = new ResultsViewModel();
    private final DescriptorsViewModel descriptors = new DescriptorsViewModel(model, new RunPicks(model, run));
    private final Tasks tasks = new Tasks(new TaskStatusModel());
    private final RecordingHost host = new RecordingHost();
    private ExperimentSession session;
    private Path file;
    private Preferences node;

    @BeforeEach void setUp() throws Exception {
        node = Preferences.userRoot().node("org/activemat/workbench-test/" + System.nanoTime());
        session = new ExperimentSession(model, strategies, descriptors, run, results, tasks, new AppPreferences(node), host);
        file = TestDatasets.writeExtXyz(dir, "si.extxyz", 80, 5);
        load(file);
        strategies.initialLabelsProperty().set(10);   // a tiny protocol: 10 + 2 × 5 labels, 2-member nets of 8
        strategies.batchSizeProperty().set(5);
        strategies.queryRoundsProperty().set(2);
        strategies.seedsProperty().set(1);
        strategies.membersProperty().set(2);
        strategies.hiddenLayersProperty().set("8");
        strategies.epochsProperty().set(3);
        assertThat(strategies.validProperty().get()).as(strategies.blockReasonProperty().get()).isTrue();
    }

    @AfterEach void tearDown() throws Exception {
        tasks.shutdown();
        node.removeNode();
    }

    /** As the window loads a file and its descriptor job finishes. */
    private void load(Path f) throws Exception {
        data.accept(DatasetFormats.read(f), f);
        descriptors.accept(descriptors.inputs().compute());
    }

    @Test void aRunUsesTheFormsPlanOnTheLoadedDataAndItsDescriptors() {
        RunDecision.Decision d = session.decide();
        assertThat(d.reason()).isNull();
        RunDecision.RunSetup s = d.setup();
        assertThat(s.plan()).isEqualTo(strategies.toPlan());
        assertThat(s.analysis()).isSameAs(descriptors.analysisProperty().get());
        assertThat(s.live()).as("replayed labels").isNull();
        assertThat(s.replay().features()).isSameAs(s.analysis().matrix());
        assertThat(s.replay().spec().filters()).isEqualTo(model.filterReportProperty().get().settings());
        assertThat(s.descriptorSet()).isEqualTo(descriptors.setNameProperty().get());
        assertThat(s.data().sha256()).isEqualTo(model.dataset().fingerprint());
        assertThat(s.data().file()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(s.data().rows()).isEqualTo(80);
    }

    @Test void itRefusesWithAReasonWhenItCannotRunYet() {
        strategies.seedsProperty().set(0);                                   // Run is disabled and says why itself
        assertThat(session.decide()).isEqualTo(RunDecision.Decision.NOTHING);
        strategies.seedsProperty().set(1);
        model.targetProperty().set("energy");                                // the map is still the old target's
        assertThat(session.decide().title()).isEqualTo("Cannot run yet");
        assertThat(session.decide().reason()).contains("still being computed");
    }

    /** Live: the loaded data is the test set and pw.x labels the pool; extra columns cannot describe a generated structure. */
    @Test void aLiveRunTakesItsPoolAndLabelCacheFromTheForm() {
        assumeTrue(org.activemat.engine.oracle.qe.QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH");
        strategies.liveProperty().set(true);
        strategies.liveLabelsFolderProperty().set(dir.resolve("live"));
        strategies.livePoolProperty().set(30);
        assertThat(strategies.validProperty().get()).as(strategies.blockReasonProperty().get()).isTrue();
        RunDecision.RunSetup s = session.decide().setup();
        assertThat(s.replay()).isNull();
        assertThat(s.live().labelsFile()).isEqualTo(strategies.liveLabelsFile());
        assertThat(s.live().spec().pool().generated()).isTrue();
        assertThat(s.live().spec().pool().size()).isEqualTo(30);
        assertThat(s.live().spec().testSet()).as("the loaded data, filtered, scores every round").isSameAs(model.filtered());
        assertThat(s.live().spec().plan()).isEqualTo(s.plan());

        descriptors.extras().add("energy");
        assertThat(session.decide().reason()).contains("remove the extra feature columns");
    }

    /** The document a finished run saves names its data, descriptors and plan, and the export writes it with the charts. */
    @Test void whatARunSavesAndExportsOpensAgainWithTheSameRuns() throws Exception {
        RunDecision.RunSetup s = session.decide().setup();
        run.start(s.plan());
        ExperimentResult result = session.compute(s, new Tasks.Context(new ProgressTracker(), new CancellationToken()), p -> {});
        assertThat(result.runs()).hasSize(4);
        ResultsDocument doc = session.document(s, result);
        assertThat(doc.dataset()).isEqualTo(s.data());
        assertThat(doc.descriptorSet()).isEqualTo(s.descriptorSet());
        assertThat(doc.target()).isEqualTo("energy_per_atom");
        assertThat(doc.exploration()).isNull();

        Path out = dir.resolve("export");
        ExperimentSession.writeExport(out, doc, Map.of("chart.png", f -> Files.writeString(f, "image")));
        ResultsDocument reopened = ResultsFile.read(out.resolve("results.json"));
        assertThat(reopened.runs()).hasSize(4);
        assertThat(reopened.settings().strategies()).isEqualTo(s.plan().strategies());
        assertThat(Files.readAllLines(out.resolve("curves.csv"))).hasSize(1 + 4 * 3);
        assertThat(out.resolve("chart.png")).hasContent("image");

        model.experimentProperty().set(doc);
        assertThat(session.suggestedFileName()).isEqualTo("si.activemat");
    }

    /** The DFT time of the labels is read from the experiment's data once; loading other data does not take it away. */
    @Test void theDftTimeOfTheLabelsStaysWithItsExperimentWhenOtherDataLoads() throws Exception {
        Path timed = dir.resolve("timed.extxyz");
        try (var w = Files.newBufferedWriter(timed)) {
            org.activemat.engine.data.formats.ExtXyzWriter.write(w,
                    TestDatasets.silicon(80, 5).stream().map(e -> e.withProperty("wall_seconds", 30)).toList());
        }
        load(timed);
        RunDecision.RunSetup s = session.decide().setup();
        run.start(s.plan());
        ResultsDocument doc = session.document(s,
                session.compute(s, new Tasks.Context(new ProgressTracker(), new CancellationToken()), p -> {}));
        session.show(doc);
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.cost()).isNotNull());
        assertThat(results.costCurvesProperty().get()).isNotEmpty();

        load(TestDatasets.writeExtXyz(dir, "other.extxyz", 60, 9));          // other data, no pw.x times
        assertThat(results.rows()).allSatisfy(r -> assertThat(r.cost()).as(r.strategy()).isNotNull());
        assertThat(results.costCurvesProperty().get()).isNotEmpty();
    }

    /** Reopened over other data, an experiment asks for the dataset it was made on and restores its settings. */
    @Test void openingAnExperimentRestoresItsSettingsAndAsksForItsData() throws Exception {
        RunDecision.RunSetup s = session.decide().setup();
        run.start(s.plan());
        ResultsDocument doc = session.document(s,
                session.compute(s, new Tasks.Context(new ProgressTracker(), new CancellationToken()), p -> {}));

        load(TestDatasets.writeExtXyz(dir, "other.extxyz", 60, 9));          // the user moved on to other data
        strategies.paperProtocol();
        assertThat(session.dataToOpen(doc)).isEqualTo(file.toAbsolutePath());
        session.show(doc);
        assertThat(host.opened).containsExactly(file.toAbsolutePath());
        assertThat(host.panels).containsExactly(Panel.RESULTS);
        assertThat(strategies.toPlan().withThreads(s.plan().threads())).isEqualTo(s.plan());
        assertThat(model.experimentProperty().get()).isSameAs(doc);
        assertThat(model.experimentDataProperty().get()).as("its picks belong to its data").isEqualTo(s.data().sha256());
        assertThat(run.curvesProperty().get()).hasSize(4);
        assertThat(results.rows()).hasSize(4);

        load(file);                                                          // its data loaded: nothing more to open
        assertThat(session.dataToOpen(doc)).isNull();
        assertThat(host.errors).isEmpty();
    }
}
