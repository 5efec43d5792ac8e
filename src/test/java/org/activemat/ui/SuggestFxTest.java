package org.activemat.ui;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.ExtXyzWriter;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.Candidate;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.strategies.StrategiesViewModel;
import org.activemat.ui.suggest.SuggestionsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Run ▸ Suggest: the next structures to compute, from the loaded labelled data and the user's candidates. */
@ExtendWith(ApplicationExtension.class)
class SuggestFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;

    @Start void start(Stage stage) {
        window = TestWindows.show(stage, SampleData.standard());
    }

    @AfterEach void stop() { window.shutdown(); }

    @Test void suggestsABatchOfTheCandidatesAndSavesIt(FxRobot robot) throws Exception {
        Path candidates = dir.resolve("candidates.extxyz");
        try (Writer w = Files.newBufferedWriter(candidates)) {
            for (Candidate c : ExplorationRun.pool(ChemicalSystem.SI, 20, 5)) ExtXyzWriter.write(w, Entry.of(c.id(), c.structure(), Map.of(), "test"));
        }
        loadSiWithASmallEnsemble(robot);
        var rows = suggest(robot, candidates, "diversity", 4).table().getItems();
        assertThat(rows).hasSize(4).allSatisfy(s -> {
            assertThat(s.candidate().id()).startsWith("Si-s5-");
            assertThat(s.pick().explanation()).startsWith("farthest point of its k-means cluster");
        });

        assertThat(window.suggestions().shown().map().pointCount()).as("the data and the candidates on one map").isEqualTo(320 + 20);
        var table = window.suggestions().shown().table();
        robot.interact(() -> table.getSelectionModel().select(1));
        var cell = robot.lookup("#suggestion-structure").queryAs(org.activemat.ui.common.structure.StructureView.class);
        assertThat(cell.projection().atoms()).as("the selected suggestion's cell").hasSizeGreaterThanOrEqualTo(rows.get(1).candidate().sites());
        Path out = dir.resolve("next.extxyz");
        robot.interact(() -> window.suggestions().save(out));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out) && !window.status().busyProperty().get());
        assertThat(DatasetFormats.read(out).entries()).extracting(Entry::id)
                .containsExactlyElementsOf(rows.stream().map(s -> s.candidate().id()).toList());
        Path poscars = dir.resolve("vasp");
        robot.interact(() -> window.suggestions().savePoscars(poscars));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isDirectory(poscars) && !window.status().busyProperty().get());
        for (var s : rows)   // one POSCAR per suggestion, the same cell read back
            assertThat(DatasetFormats.read(poscars.resolve(s.candidate().id() + ".vasp")).entries().get(0).sites())
                    .isEqualTo(s.candidate().sites());

        robot.interact(() -> window.suggestions().suggest(window.suggestionBasis(), candidates, "uncertainty", 21));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).queryAs(DialogPane.class).getContentText())
                .contains("asked for 21 suggestions but only 20 candidates");
    }

    @Test void computesTheSuggestionsWithPwxAndShowsHowFarOffThePredictionsWere(FxRobot robot) throws Exception {
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        Path candidates = dir.resolve("strained-diamond.extxyz");
        Element si = Element.of("Si");
        try (Writer w = Files.newBufferedWriter(candidates)) {
            for (double a = 5.2; a < 5.85; a += 0.1) {
                double h = a / 2;
                Structure s = new Structure(new Lattice(new double[][]{{0, h, h}, {h, 0, h}, {h, h, 0}}), List.of(si, si),
                        new double[][]{{0, 0, 0}, {h / 2, h / 2, h / 2}});
                ExtXyzWriter.write(w, Entry.of(String.format(java.util.Locale.ROOT, "diamond-a%.2f", a), s, Map.of(), "test"));
            }
        }
        loadSiWithASmallEnsemble(robot);
        SuggestionsView view = suggest(robot, candidates, "uncertainty", 2);
        assertThat(robot.lookup("#compute-suggestions").queryButton().isDisabled()).isFalse();

        Path out = dir.resolve("labelled.extxyz");
        robot.interact(() -> window.suggestions().compute(out));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !view.computedSummary().getText().isEmpty());
        assertThat(view.computedSummary().getText()).startsWith("pw.x (Si): 2 of 2 in labelled.extxyz, 2 computed now")
                .contains("0 failed").contains("within 2σ").doesNotContain("not computed with these pw.x settings");
        List<String> picked = view.table().getItems().stream().map(s -> s.candidate().id()).toList();
        assertThat(DatasetFormats.read(out).entries()).extracting(Entry::id).containsExactlyInAnyOrderElementsOf(picked);
        for (int row = 0; row < 2; row++) {
            String computed = (String) view.table().getColumns().get(6).getCellData(row);
            assertThat(Double.parseDouble(computed)).as("a DFT formation energy in eV/atom").isBetween(-0.01, 1.0);
            assertThat((String) view.table().getColumns().get(7).getCellData(row)).matches("[+-]\\d\\.\\d{4} \\(\\d+\\.\\dσ\\)");
        }

        robot.interact(() -> window.suggestions().compute(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.computedSummary().getText().contains("0 computed now"));

        // the cluster route from the same window: inputs written, one run by hand, its output read back into the row
        Path runs = dir.resolve("runs");
        robot.interact(() -> window.suggestions().saveInputs(runs));
        String first = org.activemat.engine.data.DataFiles.fileStem(picked.get(0));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(runs.resolve(first + ".in")));
        assertThat(new ProcessBuilder("pw.x", "-in", first + ".in").directory(runs.toFile()).redirectErrorStream(true)
                .redirectOutput(runs.resolve(first + ".out").toFile()).start().waitFor()).isZero();
        String computedHere = (String) view.table().getColumns().get(6).getCellData(0);
        robot.interact(() -> window.suggestions().readOutputs(runs));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.computedSummary().getText().startsWith("pw.x outputs in runs"));
        assertThat(view.computedSummary().getText()).startsWith("pw.x outputs in runs (Si settings): 1 of 2 in labelled.extxyz, "
                + "1 read now, 0 failed, 1 without a finished output yet.");
        assertThat((String) view.table().getColumns().get(6).getCellData(0)).isEqualTo(computedHere);

        // the next round learns from the two new frames and picks among the five cells left
        robot.interact(() -> window.suggestions().nextRound());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.suggestions().shown() != view);
        WaitForAsyncUtils.waitForFxEvents();
        SuggestionsView round2 = window.suggestions().shown();
        assertThat(round2.table().getItems()).hasSize(2)
                .allSatisfy(s -> assertThat(picked).doesNotContain(s.candidate().id()));
        assertThat(((javafx.scene.control.Label) round2.getTop()).getText())
                .contains("trained on 322 entries of Si + 2 computed with pw.x");
        assertThat(round2.map().pointCount()).as("every cell once: the computed two now drawn as labelled").isEqualTo(320 + 7);

        // another day, a fresh start from the loaded sample: the frames file brings round 1 back
        SuggestionsView before = window.suggestions().shown();
        robot.interact(() -> window.suggestions().suggest(window.suggestionBasis(), candidates, List.of(out), "uncertainty", 2));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.suggestions().shown() != before);
        WaitForAsyncUtils.waitForFxEvents();
        SuggestionsView resumed = window.suggestions().shown();
        assertThat(((javafx.scene.control.Label) resumed.getTop()).getText()).contains("trained on 322 entries of Si + 2 computed earlier");
        assertThat(resumed.table().getItems()).hasSize(2).allSatisfy(s -> assertThat(picked).doesNotContain(s.candidate().id()));
        assertThat(resumed.map().pointCount()).isEqualTo(320 + 7);

        // the wrong file as an earlier round (the unlabelled candidates): said, and the round goes on without it
        robot.interact(() -> window.suggestions().suggest(window.suggestionBasis(), candidates, List.of(candidates), "uncertainty", 2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.WARNING_DIALOG_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#" + Dialogs.WARNING_DIALOG_ID).queryAs(DialogPane.class).getContentText())
                .isEqualTo("strained-diamond.extxyz: none of its 7 frames has a finite 'formation_energy_per_atom' to learn from");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.suggestions().shown() != resumed);
    }

    @Test void computeIsOfferedOnlyForElementsThatHavePwxSettings(FxRobot robot) throws Exception {
        Path candidates = dir.resolve("copper.extxyz");
        Element cu = Element.of("Cu");
        try (Writer w = Files.newBufferedWriter(candidates)) {
            for (int i = 0; i < 3; i++)
                ExtXyzWriter.write(w, Entry.of("cu-" + i, Structure.fromFractional(Lattice.cubic(3.5 + 0.1 * i), List.of(cu, cu),
                        new double[][]{{0, 0, 0}, {.5, .5, .5}}), Map.of(), "test"));
        }
        loadSiWithASmallEnsemble(robot);
        suggest(robot, candidates, "random", 1);
        var compute = robot.lookup("#compute-suggestions").queryButton();
        assertThat(compute.isDisabled()).isTrue();
        assertThat(compute.getTooltip().getText()).isEqualTo("Cannot compute: pw.x settings exist for [Si, C, Fe, TiO] only");
    }

    /** The 320 Si frames, with an ensemble small enough for a test. */
    private void loadSiWithASmallEnsemble(FxRobot robot) throws Exception {
        Path sample = Path.of("sample-data", "Si.extxyz");
        assumeTrue(Files.exists(sample), "no bundled Si sample");
        robot.interact(() -> window.openFile(sample));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.analysis() != null && window.analysis().rows() == 320);
        robot.interact(() -> {
            StrategiesViewModel s = window.strategies();
            s.membersProperty().set(3);
            s.hiddenLayersProperty().set("16");
            s.epochsProperty().set(10);
        });
    }

    /** The window of a new suggestion round from the loaded data. */
    private SuggestionsView suggest(FxRobot robot, Path candidates, String strategy, int batch) throws Exception {
        SuggestionsView before = window.suggestions().shown();
        robot.interact(() -> window.suggestions().suggest(window.suggestionBasis(), candidates, strategy, batch));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.suggestions().shown() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return window.suggestions().shown();
    }
}
