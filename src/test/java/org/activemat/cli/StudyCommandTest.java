package org.activemat.cli;

import org.activemat.engine.study.StudyFile;
import org.activemat.engine.study.StudyRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One command runs several systems, prints the combined table and the verdicts, and writes what a thesis needs. */
class StudyCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static final String[] TINY = {"--strategies", "random,uncertainty", "--seeds", "3", "--members", "2", "--hidden", "8",
            "--epochs", "3", "--initial", "8", "--queries", "2", "--batch", "4", "--threads", "2", "--quiet"};

    private String[] args(String... more) {
        String[] all = new String[TINY.length + more.length];
        System.arraycopy(more, 0, all, 0, more.length);
        System.arraycopy(TINY, 0, all, more.length, TINY.length);
        return all;
    }

    @Test void twoSystemsGiveTheTableVerdictsFiguresReportAndAStudyFileThatReopens() throws Exception {
        Path study = dir.resolve("study");
        int code = run(args("study", "--data", "sample-data/Si.extxyz,sample-data/C.extxyz", "--out", study.toString()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("| Si | uncertainty |").contains("| C | random |")
                .contains("Si: ").contains("C: ").contains("eV/atom");
        for (String f : List.of("Si.activemat", "C.activemat", "study.json", "table.csv", "table.md", "learning-curves.png",
                "learning-curves.svg", "improvement.png", "improvement.svg", "report.html"))
            assertThat(study.resolve(f)).as(f).isRegularFile();
        assertThat(ImageIO.read(study.resolve("learning-curves.png").toFile()).getWidth()).isGreaterThan(1500);   // 300 dpi
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(study.resolve("improvement.svg").toFile());
        assertThat(svg.getDocumentElement().getTextContent()).contains("Si").contains("uncertainty");
        assertThat(Files.readString(study.resolve("report.html"))).contains("activemat study").contains("<svg");
        List<StudyRun> back = StudyFile.read(study.resolve("study.json"));
        assertThat(back).extracting(StudyRun::system).containsExactly("Si", "C");
    }

    @Test void aSweepWritesOneExperimentPerValueAndItsFigures() throws Exception {
        Path study = dir.resolve("sweep");
        int code = run(args("study", "--data", "sample-data/Si.extxyz", "--sweep", "batch=2,4", "--out", study.toString()));
        assertThat(code).as(err.toString()).isZero();
        assertThat(study.resolve("Si-batch-2.activemat")).isRegularFile();
        assertThat(study.resolve("Si-batch-4.activemat")).isRegularFile();
        assertThat(study.resolve("sweep-final-mae.svg")).isRegularFile();
        assertThat(out.toString()).contains("Si batch=2").contains("Si batch=4");
    }

    @Test void aSettingThatCannotBeSweptIsBadInput() {
        assertThat(run(args("study", "--data", "sample-data/Si.extxyz", "--sweep", "colour=red", "--out", dir.toString()))).isEqualTo(2);
        assertThat(err.toString()).contains("cannot sweep 'colour'");
    }
}
