package org.activemat.report;

import org.activemat.engine.stats.LearningCurve;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LearningCurvesFigureTest {

    static LearningCurvesFigure fourSystems() {
        List<LearningCurvesFigure.SystemCurves> panels = new ArrayList<>();
        for (String s : ReportFixtures.SYSTEMS) panels.add(LearningCurvesFigure.SystemCurves.of(s, ReportFixtures.result(s, 5)));
        return new LearningCurvesFigure(ReportFixtures.TARGET, "paper protocol, 5 seeds", panels);
    }

    @Test
    void namesEverySystemTheUnitTheTargetAndTheProtocol() throws Exception {
        List<String> texts = Svg.texts(FigureFiles.toSvgString(fourSystems(), 2008, 1506));
        assertThat(texts).contains("Si", "Fe", "C", "Ti–O");
        assertThat(texts).filteredOn("MAE (eV/atom)"::equals).hasSize(4);   // every panel's y axis has the unit
        assertThat(texts).anyMatch(t -> t.contains("formation_energy_per_atom") && t.contains("paper protocol, 5 seeds"));
    }

    @Test
    void hasOneLegendForTheWholeFigure() throws Exception {
        List<String> texts = Svg.texts(FigureFiles.toSvgString(fourSystems(), 2008, 1506));
        for (String s : List.of("random", "uncertainty", "diversity", "hybrid"))
            assertThat(texts).filteredOn(s::equals).hasSize(1);
        assertThat(texts).contains("band: 95 % CI over seeds");
        assertThat(fourSystems().strategies()).containsExactly("random", "uncertainty", "diversity", "hybrid");
    }

    @Test
    void theBandIsTheTIntervalOfTheMeanOverSeeds() {
        LearningCurve c = new LearningCurve("random", new int[]{30, 45}, new double[]{0.2, 0.1}, new double[]{0.05, 0.02},
                new double[2], new double[2], new double[2], new double[2], 5);
        double[][] band = LearningCurvesFigure.band(c);
        double t = 2.7764451051977987;   // scipy.stats.t.ppf(0.975, 4)
        assertThat(band[0][0]).isCloseTo(0.2 - t * 0.05 / Math.sqrt(5), within(1e-12));
        assertThat(band[1][1]).isCloseTo(0.1 + t * 0.02 / Math.sqrt(5), within(1e-12));
        assertThat(Interval.t975(2)).isCloseTo(12.706204736174698, within(1e-9));   // t.ppf(0.975, 1)
        assertThat(Interval.t975(20)).isCloseTo(2.093024054408263, within(1e-12));  // t.ppf(0.975, 19)
    }

    @Test
    void oneSeedHasNoBand() throws Exception {
        LearningCurvesFigure one = new LearningCurvesFigure(ReportFixtures.TARGET, "1 seed",
                List.of(LearningCurvesFigure.SystemCurves.of("Si", ReportFixtures.result("Si", 1))));
        LearningCurve c = one.systems().get(0).curves().get(0);
        assertThat(LearningCurvesFigure.band(c)[0]).containsOnly(Double.NaN);
        assertThat(Svg.texts(FigureFiles.toSvgString(one, 1200, 800))).doesNotContain("band: 95 % CI over seeds");
    }

    @Test
    void panelsGoInOneRowUpToThreeAndTwoByTwoForFour() {
        assertThat(FigureLayout.columns(1)).isEqualTo(1);
        assertThat(FigureLayout.columns(3)).isEqualTo(3);
        assertThat(FigureLayout.columns(4)).isEqualTo(2);
        var grid = FigureLayout.grid(new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300), 4);
        assertThat(grid.get(1).getY()).isEqualTo(grid.get(0).getY());
        assertThat(grid.get(2).getY()).isGreaterThan(grid.get(0).getMaxY());
    }

    @Test
    void aLogAxisAndAnEmptyFigureStillDraw() throws Exception {
        assertThat(Svg.texts(FigureFiles.toSvgString(fourSystems().withLogY(true), 2008, 1506))).contains("Ti–O");
        LearningCurvesFigure empty = new LearningCurvesFigure(ReportFixtures.TARGET, "", List.of());
        assertThat(Svg.texts(FigureFiles.toSvgString(empty, 800, 600))).contains("no finished run to plot");
    }

    @Test
    void aStrategyBeyondThePaperGetsItsOwnColourAndRandomStaysGreyDashed() {
        List<String> all = List.of("random", "uncertainty", "lcmd", "bait");
        assertThat(StrategyPalette.look("random", all).dashed()).isTrue();
        assertThat(StrategyPalette.look("random", all).color()).isEqualTo(StrategyPalette.RANDOM);
        assertThat(StrategyPalette.look("diversity", all).color().getRGB()).isEqualTo(0xffe15759);
        assertThat(StrategyPalette.look("lcmd", all).color()).isNotEqualTo(StrategyPalette.look("bait", all).color());
        assertThat(StrategyPalette.look("lcmd", all).color()).isNotIn(StrategyPalette.look("uncertainty", all).color(), StrategyPalette.RANDOM);
    }
}
