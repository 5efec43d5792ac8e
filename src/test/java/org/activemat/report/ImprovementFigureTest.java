package org.activemat.report;

import org.activemat.engine.study.PairedSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementFigureTest {

    @Test
    void showsEverySystemTheComparedStrategiesAndHowToReadIt() throws Exception {
        ImprovementFigure f = new ImprovementFigure("formation_energy_per_atom, 5 seeds", ReportFixtures.summaries());
        assertThat(f.strategies()).containsExactly("uncertainty", "diversity", "hybrid");
        List<String> texts = Svg.texts(FigureFiles.toSvgString(f, 2008, 1063));
        assertThat(texts).contains("Si", "Fe", "C", "Ti–O", "uncertainty", "diversity", "hybrid",
                "filled: p < 0.05 after Holm", "open: not significant").doesNotContain("random");
        // the y label says the sign, on one line or broken at its dash
        assertThat(String.join(" ", texts)).containsAnyOf("final MAE vs random (%) — lower is better",
                "final MAE vs random (%) lower is better");
        assertThat(texts).contains("0");   // the zero line's tick
    }

    @Test
    void aNarrowPaneStillShowsTheWholeTitleAndNote() throws Exception {
        // about the Study panel's right-hand pane at 1366 × 768 (430 × 310 px there): the title needs three lines, the note two
        String title = "formation_energy_per_atom, 4 strategies × 3 seeds, 30 + 5×15 labels, java-mlp 5×[64, 64], 40 epochs";
        List<String> texts = Svg.texts(FigureFiles.toSvgString(new ImprovementFigure(title, ReportFixtures.summaries()), 460, 330, 96));
        String all = String.join(" ", texts);
        assertThat(texts).noneMatch(t -> t.endsWith("…"));
        for (String word : ("Final MAE vs random: " + title).split(" ")) assertThat(all).contains(word);
        for (String word : "Bars: 95 % CI of the mean paired difference over seeds; 0 % = as good as random.".split(" "))
            assertThat(all).contains(word);
    }

    @Test
    void theFixtureHasSignificantAndNonSignificantComparisons() {
        List<PairedSummary> s = ReportFixtures.summaries();
        assertThat(s.stream().flatMap(x -> x.comparisons().stream()).filter(PairedSummary.Comparison::significant)).isNotEmpty();
        assertThat(s.stream().flatMap(x -> x.comparisons().stream()).filter(c -> !c.significant())).isNotEmpty();
    }

    @Test
    void aucVariantAndNothingToCompareStillDraw() throws Exception {
        ImprovementFigure auc = new ImprovementFigure("", ReportFixtures.summaries(), ImprovementFigure.Measure.AUC);
        assertThat(String.join(" ", Svg.texts(FigureFiles.toSvgString(auc, 1500, 900)))).contains("AUC of MAE vs random (%)");
        ImprovementFigure none = new ImprovementFigure("", List.of());
        assertThat(Svg.texts(FigureFiles.toSvgString(none, 800, 500))).contains("no strategy to compare with random");
    }
}
