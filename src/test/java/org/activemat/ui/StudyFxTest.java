package org.activemat.ui;

import javafx.stage.Stage;
import org.activemat.ui.study.StudyView;
import org.activemat.ui.study.StudyViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Study panel, headless: a tiny study on two bundled systems shows verdicts, figures and the table; a figure exports. */
@ExtendWith(ApplicationExtension.class)
class StudyFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;

    @Start void start(Stage stage) { window = TestWindows.show(stage, SampleData.none()); }

    @AfterEach void stop() { window.shutdown(); }

    @Test void aTinyStudyShowsVerdictsFiguresAndTheTableAndItsFiguresExport(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPanel(Panel.STUDY));
        StudyViewModel vm = window.studyModel();
        robot.interact(() -> {
            vm.systems().clear();
            vm.addSystem(Path.of("sample-data", "Si.extxyz"));
            vm.addSystem(Path.of("sample-data", "C.extxyz"));
            vm.basePlanProperty().set(org.activemat.engine.loop.ExperimentPlan.paper().withSchedule(8, 2, 4)
                    .withModel(new org.activemat.engine.model.MlpSettings(2, java.util.List.of(8), 3, 8, 0.01, 0.9,
                            org.activemat.engine.model.Optimizer.SGD_MOMENTUM)).withThreads(2));
            vm.seedsProperty().set(2);
            window.strategies().strategies().forEach(s -> s.selectedProperty().set(s.name().equals("random") || s.name().equals("uncertainty")));
        });
        robot.clickOn("#study-run");
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !vm.runningProperty().get() && vm.runs().size() == 2);
        StudyView view = robot.lookup("#study-panel").queryAs(StudyView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.curves().image() != null && view.improvement().image() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.verdicts().getItems()).hasSize(2).anySatisfy(v -> assertThat(v).startsWith("Si: "))
                .anySatisfy(v -> assertThat(v).startsWith("C: "));
        assertThat(view.table().getItems()).hasSize(4);
        assertThat(view.curves().image().getWidth()).isGreaterThan(100);
        assertThat(vm.problemsProperty().get()).isEmpty();

        Path png = dir.resolve("curves.png"), svg = dir.resolve("curves.svg");
        view.curves().savePng(png, 800, 600, 300);
        view.improvement().saveSvg(svg);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(600);
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = dbf.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Si");

        // File ▸ Export report and Save study, for the study shown
        Path html = dir.resolve("report.html"), saved = dir.resolve("saved");
        robot.interact(() -> {
            window.study().exportReport(html);
            window.study().save(saved);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(html) && java.nio.file.Files.exists(saved.resolve("study.json")));
        assertThat(java.nio.file.Files.readString(html)).contains("Si").contains("<svg").doesNotContain("NaN");
    }
}
