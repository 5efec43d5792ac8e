package org.activemat.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepFigureTest {
    private static final SweepFigure SWEEP = new SweepFigure(ReportFixtures.TARGET, "5 seeds", ReportFixtures.sweep());

    @Test
    void plotsFinalMaeAgainstTheSettingPerSystem() throws Exception {
        assertThat(SWEEP.setting()).isEqualTo("batch");
        assertThat(SWEEP.values()).containsExactly("5", "10", "15", "20");
        assertThat(SWEEP.systems()).containsExactly("Si", "Ti–O");
        List<String> texts = Svg.texts(FigureFiles.toSvgString(SWEEP, 2008, 1063));
        assertThat(texts).contains("Si", "Ti–O", "final MAE (eV/atom)", "random", "diversity", "5", "10", "15", "20");
        assertThat(texts).filteredOn("batch"::equals).hasSize(2);   // each panel's x axis
        assertThat(texts).anyMatch(t -> t.startsWith("Sweep of batch: final MAE"));
    }

    @Test
    void aucAndLabelsSavedVariants() throws Exception {
        List<String> auc = Svg.texts(FigureFiles.toSvgString(SWEEP.withMeasure(SweepFigure.Measure.AUC), 2008, 1063));
        assertThat(auc).contains("AUC of MAE (eV/atom)");
        SweepFigure saved = SWEEP.withMeasure(SweepFigure.Measure.LABELS_SAVED);
        assertThat(saved.strategies()).containsExactly("uncertainty", "diversity", "hybrid");   // random saves nothing against itself
        String all = String.join(" ", Svg.texts(FigureFiles.toSvgString(saved, 2008, 1063)));
        assertThat(all).contains("labels saved vs random (%)").contains("never reached random's final MAE");
    }

    @Test
    void oneSettingPerFigure() {
        List<SweepPoint> mixed = new ArrayList<>(ReportFixtures.sweep());
        SweepPoint p = mixed.get(0);
        mixed.add(new SweepPoint(p.system(), "ensemble", "3", p.summary()));
        assertThatThrownBy(() -> new SweepFigure(ReportFixtures.TARGET, "", mixed)).isInstanceOf(IllegalArgumentException.class);
    }
}
