package org.activemat.ui;

import javafx.stage.Stage;
import org.activemat.ui.run.CurveSeries;
import org.activemat.ui.strategies.StrategiesViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Running experiments from the window, headless: tiny protocols so each test takes seconds. */
@ExtendWith(ApplicationExtension.class)
class RunFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;

    @Start void start(Stage stage) {
        window = TestWindows.show(stage, SampleData.none());
    }

    @AfterEach void stop() {
        window.cancelRun();
        window.shutdown();
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 80 entries; 10 initial labels + 2 queries of 5; 2-member ensembles of one 8-neuron layer, few epochs. */
    private void tinyProtocol(FxRobot robot, int seeds, int epochs) throws Exception {
        tinyProtocol(robot, seeds, epochs, "8");
    }

    private void tinyProtocol(FxRobot robot, int seeds, int epochs, String hidden) throws Exception {
        robot.interact(() -> window.openFile(uncheck(() -> TestDatasets.writeExtXyz(dir, "si.extxyz", 80, 5))));
        waitUntil(60, () -> window.analysis() != null);
        robot.interact(() -> {
            StrategiesViewModel s = window.strategies();
            s.initialLabelsProperty().set(10);
            s.batchSizeProperty().set(5);
            s.queryRoundsProperty().set(2);
            s.seedsProperty().set(seeds);
            s.membersProperty().set(2);
            s.hiddenLayersProperty().set(hidden);
            s.epochsProperty().set(epochs);
            s.strategy("diversity").parameter("k").orElseThrow().valueProperty().set(4);
        });
        assertThat(window.strategies().validProperty().get()).as(window.strategies().blockReasonProperty().get()).isTrue();
    }

    private static <T> T uncheck(Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test void aTinyProtocolDrawsOneCurvePerStrategyAndFillsTheResults(FxRobot robot) throws Exception {
        tinyProtocol(robot, 2, 5);
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> !window.runningProperty().get() && window.run().finishedRunsProperty().get() == 8);
        assertThat(window.runView().maeChart().lineSeries()).extracting(l -> l.name())
                .containsExactly("random (2 seeds)", "uncertainty (2 seeds)", "diversity (2 seeds)", "hybrid (2 seeds)");
        assertThat(window.runView().r2Chart().lineSeries()).hasSize(4);
        assertThat(window.run().curvesProperty().get().get(0).labels()).containsExactly(10, 15, 20);
        assertThat(window.resultsView().table().getItems()).hasSize(4)
                .allSatisfy(r -> assertThat(r.cost()).as("no DFT times recorded in this data").isNull());
        assertThat(window.resultsView().costChart().lineSeries()).isEmpty();
        assertThat(window.resultsView().parity().pointCount()).isEqualTo(2 * 16);   // 2 seeds × 20 % of 80
        assertThat(window.runView().map().pointCount()).isEqualTo(80);
    }

    @Test void cancellingMidRunReturnsToIdleAndKeepsFinishedRuns(FxRobot robot) throws Exception {
        tinyProtocol(robot, 6, 2000, "64");   // long enough to be cancelled mid-run on any machine (java-mlp is fast)
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> window.run().finishedRunsProperty().get() >= 1);
        assertThat(robot.lookup("#toolbar-cancel").queryButton().isDisabled()).isFalse();
        long t0 = System.nanoTime();
        robot.interact(window::cancelRun);   // what the Cancel button does, without the robot's mouse travel
        waitUntil(20, () -> !window.runningProperty().get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("cancel → idle in %.2f s%n", seconds);
        assertThat(seconds).isLessThan(5.0);   // 1–2 s on an idle machine; CI shares its cores
        int kept = window.run().finishedRunsProperty().get();
        assertThat(kept).isBetween(1, 23);
        assertThat(window.session().experimentProperty().get().runs()).hasSize(kept);
        assertThat(window.run().summaryProperty().get()).startsWith("Cancelled");
        assertThat(window.resultsView().table().getItems()).isNotEmpty();
    }

    @Test void aSavedExperimentOpensWithTheSameCurvesAndSettings(FxRobot robot) throws Exception {
        tinyProtocol(robot, 2, 5);
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);
        List<CurveSeries> before = window.run().curvesProperty().get();
        Path file = dir.resolve("tiny" + ExperimentSession.EXPERIMENT_EXTENSION);
        robot.interact(() -> window.saveExperiment(file));
        waitUntil(20, () -> Files.exists(file) && !window.status().busyProperty().get());

        robot.interact(() -> {   // the user changes things, then opens the saved file
            window.strategies().seedsProperty().set(5);
            window.strategies().epochsProperty().set(99);
            window.run().load(new org.activemat.engine.loop.ExperimentResult(window.strategies().toPlan(), List.of(), false, 0));
        });
        assertThat(window.run().curvesProperty().get()).isEmpty();
        robot.interact(() -> window.openExperiment(file));
        waitUntil(20, () -> !window.run().curvesProperty().get().isEmpty());
        List<CurveSeries> after = window.run().curvesProperty().get();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).strategy()).isEqualTo(before.get(i).strategy());
            assertThat(after.get(i).labels()).isEqualTo(before.get(i).labels());
            assertThat(after.get(i).maeMean()).isEqualTo(before.get(i).maeMean());
            assertThat(after.get(i).r2Std()).isEqualTo(before.get(i).r2Std());
        }
        assertThat(window.strategies().seedsProperty().get()).isEqualTo(2);
        assertThat(window.strategies().epochsProperty().get()).isEqualTo(5);
        assertThat(window.resultsView().table().getItems()).hasSize(4);
    }

    @Test void picksAreShownOnlyOnTheDatasetTheyWereMadeOn(FxRobot robot) throws Exception {
        tinyProtocol(robot, 1, 3);
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);
        var picks = window.descriptors().picks();
        assertThat(picks.pickRounds("random", 0)).hasSize(20);
        assertThat(picks.testIds(0)).hasSize(16);

        Path other = TestDatasets.writeExtXyz(dir, "other.extxyz", 80, 6);   // the same ids, other structures
        robot.interact(() -> window.openFile(other));
        waitUntil(60, () -> window.analysis() != null && window.session().dataset().name().contains("other"));
        assertThat(picks.pickRounds("random", 0)).isNull();
        assertThat(picks.testIds(0)).isNull();
        assertThat(window.run().finishedRunsProperty().get()).isEqualTo(4);   // the experiment itself is kept
        assertThat(window.runView().maeChart().lineSeries()).hasSize(4);
        assertThat(window.resultsView().table().getItems()).hasSize(4);
        assertThat(window.results().headlineProperty().get()).contains("si");
        assertThat(window.runView().map().pointCount()).as("no picks on the other system's map").isZero();
        assertThat(window.runView().dataNote().getText()).contains("si (80 entries)").contains("not the loaded data");

        Path si = dir.resolve("si.extxyz");   // back to the experiment's data: its picks are drawn again
        robot.interact(() -> window.openFile(si));
        waitUntil(60, () -> window.analysis() != null && window.session().dataset().name().equals("si")
                && window.runView().map().pointCount() == 80);
        assertThat(window.runView().dataNote().getText()).doesNotContain("not the loaded");
        assertThat(picks.pickRounds("random", 0)).hasSize(20);
    }

    @Test void quittingWithAnUnsavedExperimentAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        tinyProtocol(robot, 1, 3);
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);
        assertThat(window.session().unsavedProperty().get()).isTrue();
        var stage = window.getScene().getWindow();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Q).release(javafx.scene.input.KeyCode.Q, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(10, () -> robot.lookup("#" + UnsavedWork.DIALOG_ID).tryQuery().isPresent());
        var pane = robot.lookup("#" + UnsavedWork.DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).contains("before you quit");
        assertThat(pane.getButtonTypes()).contains(UnsavedWork.SAVE, UnsavedWork.DISCARD, javafx.scene.control.ButtonType.CANCEL);
        robot.clickOn((javafx.scene.Node) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("Cancel keeps the window").isTrue();
        assertThat(window.session().experimentProperty().get()).isNotNull();

        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(10, () -> robot.lookup("#" + UnsavedWork.DIALOG_ID).tryQuery().isPresent());
        assertThat(stage.isShowing()).as("the close button asks too").isTrue();
        pane = robot.lookup("#" + UnsavedWork.DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn((javafx.scene.Node) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        Path file = dir.resolve("saved" + ExperimentSession.EXPERIMENT_EXTENSION);   // once saved, quitting does not ask
        robot.interact(() -> window.saveExperiment(file));
        waitUntil(20, () -> !window.session().unsavedProperty().get());
        assertThat(window.session().experimentFileProperty().get()).isEqualTo(file);
        robot.interact(window::quit);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test void loadingAnotherDatasetDuringARunIsRefusedAndNothingIsLost(FxRobot robot) throws Exception {
        tinyProtocol(robot, 6, 3000);   // long enough to still be running
        var before = window.session().dataset();
        Path other = TestDatasets.writeExtXyz(dir, "other.extxyz", 80, 6);
        robot.interact(() -> window.experiment().run());
        assertThat(window.runningProperty().get()).isTrue();
        robot.interact(() -> window.openFile(other));
        waitUntil(10, () -> robot.lookup("#" + org.activemat.ui.common.Dialogs.WARNING_DIALOG_ID).tryQuery().isPresent());
        var pane = robot.lookup("#" + org.activemat.ui.common.Dialogs.WARNING_DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).contains("Cannot open other.extxyz during a run");
        assertThat(pane.getContentText()).contains("si (80 entries)").contains("Nothing was changed");
        assertThat(window.runningProperty().get()).isTrue();
        assertThat(window.session().dataset()).isSameAs(before);
        robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
        robot.interact(window::cancelRun);
        waitUntil(20, () -> !window.runningProperty().get());
        assertThat(window.session().dataset()).isSameAs(before);
    }

    @Test void exportWritesResultsCurvesAndEveryChartAsReadableFiles(FxRobot robot) throws Exception {
        tinyProtocol(robot, 1, 3);
        robot.clickOn("#toolbar-run");
        waitUntil(120, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);
        Path out = dir.resolve("export");
        robot.interact(() -> window.exportTo(out));
        List<String> charts = List.of("learning-curve-mae.png", "learning-curve-r2.png", "picks-map.png", "parity.png",
                "calibration.png", "descriptor-map.png", "target-histogram.png");
        waitUntil(30, () -> !window.status().busyProperty().get() && charts.stream().allMatch(c -> Files.exists(out.resolve(c))));

        assertThat(org.activemat.engine.io.ResultsFile.read(out.resolve("results.json")).runs()).hasSize(4);
        List<String> csv = Files.readAllLines(out.resolve("curves.csv"));
        assertThat(csv.get(0)).isEqualTo(org.activemat.engine.io.CurvesCsv.HEADER);
        assertThat(csv).hasSize(1 + 4 * 3);   // 4 strategies × 1 seed × 3 rounds
        for (String c : charts) {
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.resolve(c).toFile());
            assertThat(img).as(c).isNotNull();
            assertThat(img.getWidth()).as(c).isGreaterThan(100);
        }
    }

    /** Real pw.x: the bundled Si sample is the test set; pool seed 3 starts with 2-atom cells (three short calculations). */
    @Test void aLiveRunLabelsItsPicksWithPwxAndCancelStopsTheCalculationInFlight(FxRobot robot) throws Exception {
        liveTinyProtocol(robot);
        robot.interact(() -> {
            window.strategies().livePoolProperty().set(4);
            window.strategies().livePoolSeedProperty().set(3);
        });
        assertThat(window.strategies().validProperty().get()).as(window.strategies().blockReasonProperty().get()).isTrue();
        robot.clickOn("#toolbar-run");
        waitUntil(300, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);

        assertThat(window.run().curvesProperty().get()).singleElement().satisfies(c -> assertThat(c.labels()).containsExactly(2, 3));
        Path labels = dir.resolve("live/Si-pool3.extxyz");
        assertThat(org.activemat.engine.data.formats.DatasetFormats.read(labels).size()).isEqualTo(3);
        assertThat(window.session().experimentProperty().get().dataset().file()).isEqualTo(labels.toString());
        assertThat(window.resultsView().table().getItems()).hasSize(1);
        double labelSeconds = org.activemat.engine.loop.LabelCost.recordedSeconds(org.activemat.engine.data.formats.DatasetFormats.read(labels))
                .values().stream().mapToDouble(Double::doubleValue).sum();
        waitUntil(10, () -> window.resultsView().table().getItems().get(0).cost() != null);   // read from the label cache
        assertThat(window.resultsView().table().getItems().get(0).cost().meanSeconds()).isCloseTo(labelSeconds, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(window.resultsView().costChart().lineSeries()).singleElement()
                .satisfies(l -> assertThat(l.x()[l.x().length - 1]).isCloseTo(labelSeconds / 3600, org.assertj.core.api.Assertions.within(1e-9)));
        Path export = dir.resolve("live-export");
        robot.interact(() -> window.exportTo(export));
        waitUntil(20, () -> Files.exists(export.resolve("mae-vs-dft-time.png")) && !window.status().busyProperty().get());
        assertThat(javax.imageio.ImageIO.read(export.resolve("mae-vs-dft-time.png").toFile()).getWidth()).isGreaterThan(100);
        assertThat(window.runView().map().pointCount()).isEqualTo(window.analysis().rows() + 4);   // the pool joins the map
        String siFingerprint = window.session().dataset().fingerprint();
        Path saved = dir.resolve("live" + ExperimentSession.EXPERIMENT_EXTENSION);
        robot.interact(() -> window.saveExperiment(saved));
        waitUntil(20, () -> Files.exists(saved) && !window.status().busyProperty().get());

        robot.interact(() -> window.strategies().livePoolSeedProperty().set(11));   // new structures: calculations to cancel
        robot.clickOn("#toolbar-run");
        waitUntil(60, () -> ProcessHandle.current().descendants().anyMatch(ph -> ph.info().command().orElse("").endsWith("pw.x")));
        long t0 = System.nanoTime();
        robot.interact(window::cancelRun);
        waitUntil(20, () -> !window.runningProperty().get());
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
        waitUntil(5, () -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
        assertThat(org.activemat.engine.oracle.labelling.FailureLog.open(org.activemat.engine.oracle.labelling.FailureLog.besides(dir.resolve("live/Si-pool11.extxyz"))).size())
                .as("a cancelled calculation is not a failed candidate").isZero();

        // reopened over another dataset (as a dropped file or the launcher's argument is opened, by its extension):
        // the test set comes back, the pool is redrawn and the live settings restored
        robot.interact(() -> window.open(Path.of("sample-data", "C.extxyz")));
        waitUntil(60, () -> !window.session().dataset().fingerprint().equals(siFingerprint));
        robot.interact(() -> window.session().unsavedProperty().set(false));   // the cancelled run is discarded (no prompt)
        robot.interact(() -> window.open(saved));
        waitUntil(60, () -> window.session().dataset().fingerprint().equals(siFingerprint)
                && window.runView().map().pointCount() == window.analysis().rows() + 4);
        assertThat(window.strategies().liveProperty().get()).isTrue();
        assertThat(window.strategies().livePoolSeedProperty().get()).isEqualTo(3);
        assertThat(window.strategies().livePoolProperty().get()).isEqualTo(4);
        assertThat(window.strategies().liveLabelsFile()).isEqualTo(labels);
    }

    /** Quitting in the middle of a live run: a JVM's children outlive it, so the window kills the pw.x it started. */
    @Test void quittingDuringALiveRunLeavesNoPwxRunning(FxRobot robot) throws Exception {
        liveTinyProtocol(robot);
        robot.interact(() -> window.strategies().livePoolSeedProperty().set(17));
        robot.clickOn("#toolbar-run");
        waitUntil(60, () -> ProcessHandle.current().descendants().anyMatch(ph -> ph.info().command().orElse("").endsWith("pw.x")));
        List<ProcessHandle> running = ProcessHandle.current().descendants().toList();
        robot.interact(window::shutdown);   // what WorkbenchApp.stop does when the window closes
        assertThat(running).as("pw.x and its mpirun, gone when shutdown returns").noneMatch(RunFxTest::computing);
        assertThat(ProcessHandle.current().descendants()).noneMatch(ProcessHandle::isAlive);
    }

    /**
     * Alive and not a zombie. A killed pw.x whose mpirun died first is handed to PID 1, and in a container whose PID 1
     * never reaps, it stays a zombie: dead, holding no CPU, yet "alive" to ProcessHandle.
     */
    private static boolean computing(ProcessHandle ph) {
        if (!ph.isAlive()) return false;
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(ph.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';   // the state follows "(command) "
        } catch (java.io.IOException e) {
            return false;   // gone between the two calls
        }
    }

    /**
     * Live on the Si sample: uncertainty only, 2 initial labels and 1 query of 1 (3 pw.x runs), labels under dir/live;
     * skipped without the sample or pw.x.
     */
    private void liveTinyProtocol(FxRobot robot) throws Exception {
        Path sample = Path.of("sample-data", "Si.extxyz");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(sample), "no bundled Si sample");
        org.junit.jupiter.api.Assumptions.assumeTrue(org.activemat.engine.oracle.qe.QuantumEspressoOracle.findOnPath("pw.x") != null,
                "pw.x not on PATH: install quantum-espresso to run this test");
        robot.interact(() -> window.openFile(sample));
        waitUntil(60, () -> window.analysis() != null && window.analysis().rows() > 300);
        robot.interact(() -> {
            StrategiesViewModel s = window.strategies();
            s.liveProperty().set(true);
            s.liveLabelsFolderProperty().set(dir.resolve("live"));
            s.initialLabelsProperty().set(2);
            s.batchSizeProperty().set(1);
            s.queryRoundsProperty().set(1);
            s.seedsProperty().set(1);
            s.membersProperty().set(2);
            s.hiddenLayersProperty().set("8");
            s.epochsProperty().set(20);
            for (var c : s.strategies()) c.selectedProperty().set(c.name().equals("uncertainty"));
        });
    }

    /** Real pw.x on the user's own structures: three strained 2-atom diamond cells are the whole pool. */
    @Test void aLiveRunCanChooseFromTheUsersOwnStructures(FxRobot robot) throws Exception {
        Path mine = dir.resolve("mine.extxyz");
        StringBuilder xyz = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            double h = 2.735 * (0.97 + 0.03 * i), q = h / 2;
            xyz.append(String.format(java.util.Locale.ROOT, "2%nLattice=\"0 %.4f %.4f %.4f 0 %.4f %.4f %.4f 0\" "
                    + "Properties=species:S:1:pos:R:3 id=mine-%d%nSi 0 0 0%nSi %.4f %.4f %.4f%n", h, h, h, h, h, h, i, q, q, q));
        }
        Files.writeString(mine, xyz);
        liveTinyProtocol(robot);
        robot.interact(() -> window.useLivePoolFile(mine));
        waitUntil(20, () -> window.strategies().livePoolFileProperty().get() != null);
        assertThat(robot.lookup("#live-pool-file").queryLabeled().getText()).isEqualTo("Pool: the 3 structures of mine.extxyz");
        assertThat(window.strategies().validProperty().get()).as(window.strategies().blockReasonProperty().get()).isTrue();
        robot.clickOn("#toolbar-run");
        waitUntil(300, () -> !window.runningProperty().get() && window.session().experimentProperty().get() != null);

        Path labels = window.strategies().liveLabelsFile();
        assertThat(labels.getFileName().toString()).startsWith("Si-mine-");
        assertThat(org.activemat.engine.data.formats.DatasetFormats.read(labels).ids()).containsExactlyInAnyOrder("mine-0", "mine-1", "mine-2");
        var exploration = window.session().experimentProperty().get().exploration();
        assertThat(exploration.poolFile().file()).isEqualTo(mine.toAbsolutePath().toString());
        assertThat(window.results().headlineProperty().get()).contains("for a pool of the 3 structures of mine.extxyz");
        assertThat(window.runView().map().pointCount()).isEqualTo(window.analysis().rows() + 3);

        Path saved = dir.resolve("mine" + ExperimentSession.EXPERIMENT_EXTENSION);
        robot.interact(() -> window.saveExperiment(saved));
        waitUntil(20, () -> Files.exists(saved) && !window.status().busyProperty().get());
        robot.interact(() -> window.strategies().livePoolFileProperty().set(null));
        robot.interact(() -> window.openExperiment(saved));
        waitUntil(30, () -> window.strategies().livePoolFileProperty().get() != null && !window.status().busyProperty().get());
        assertThat(window.strategies().liveLabelsFile()).isEqualTo(labels);
    }
}
