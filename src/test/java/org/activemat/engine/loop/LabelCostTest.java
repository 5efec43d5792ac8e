package org.activemat.engine.loop;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabelCostTest {
    private static final ExperimentResult RESULT = new ExperimentRunner().run(LoopFixtures.synthetic(80), LoopFixtures.reduced(2), null, null);

    /** Structure s-i cost i seconds: a run's cost is the sum over every id it labelled, initial draw included. */
    @Test void sumsTheRecordedSecondsOfEveryLabelledStructurePerRun() {
        Map<String, Double> seconds = new HashMap<>();
        for (int i = 0; i < 80; i++) seconds.put("s-" + i, (double) i);
        Map<String, LabelCost> cost = LabelCost.of(RESULT, seconds);

        assertThat(cost.keySet()).containsExactly("random", "hybrid");
        double[] perRun = RESULT.runs().stream().filter(r -> r.strategy().equals("hybrid"))
                .mapToDouble(r -> r.rounds().stream().flatMap(x -> x.addedIds().stream())
                        .mapToDouble(id -> Integer.parseInt(id.substring(2))).sum()).toArray();
        assertThat(perRun).hasSize(2);
        assertThat(RESULT.runs().get(2).rounds().stream().mapToInt(x -> x.addedIds().size()).sum()).isEqualTo(20);
        assertThat(cost.get("hybrid").meanSeconds()).isCloseTo((perRun[0] + perRun[1]) / 2, within(1e-9));
        assertThat(cost.get("hybrid").stdSeconds()).isCloseTo(Math.abs(perRun[0] - perRun[1]) / Math.sqrt(2), within(1e-9));
        assertThat(cost.get("hybrid").runs()).isEqualTo(2);
    }

    /** Each round's point: the cost of every label trained on so far and that round's MAE, averaged over seeds. */
    @Test void curvesPairTheCumulativeCostWithTheMaeOfEachRound() {
        Map<String, Double> seconds = new HashMap<>();
        for (int i = 0; i < 80; i++) seconds.put("s-" + i, 10.0);   // equal costs: seconds = 10 × labels
        var curves = LabelCost.curves(RESULT, seconds);
        assertThat(curves).extracting(LabelCost.Curve::strategy).containsExactly("random", "hybrid");
        LabelCost.Curve hybrid = curves.get(1);
        assertThat(hybrid.seconds()).containsExactly(100, 150, 200);   // 10, 15 and 20 labels
        var runs = RESULT.runs().stream().filter(r -> r.strategy().equals("hybrid")).toList();
        double m0 = runs.get(0).rounds().get(2).metrics().mae(), m1 = runs.get(1).rounds().get(2).metrics().mae();
        assertThat(hybrid.maeMean()[2]).isCloseTo((m0 + m1) / 2, within(1e-12));
        assertThat(hybrid.maeStd()[2]).isCloseTo(Math.abs(m0 - m1) / Math.sqrt(2), within(1e-12));
        assertThat(LabelCost.curves(RESULT, Map.of())).isEmpty();
    }

    @Test void unknownWhenALabelledStructureHasNoRecordedCost() {
        Map<String, Double> seconds = new HashMap<>();
        for (int i = 0; i < 79; i++) seconds.put("s-" + i, 1.0);
        boolean s79Labelled = RESULT.runs().stream().flatMap(r -> r.rounds().stream()).anyMatch(x -> x.addedIds().contains("s-79"));
        assertThat(LabelCost.of(RESULT, seconds).isEmpty()).isEqualTo(s79Labelled);
        assertThat(LabelCost.of(RESULT, Map.of())).isEmpty();
    }

    @Test void formatsInTheUnitThatFits() {
        assertThat(new LabelCost("r", 45, 3, 2).formatted()).isEqualTo("45 ± 3 s");
        assertThat(new LabelCost("r", 2220, 180, 3).formatted()).isEqualTo("37 ± 3 min");
        assertThat(new LabelCost("r", 4500, 360, 3).formatted()).isEqualTo("1.25 ± 0.10 h");
    }

    /** A spread needs two runs: one seed shows its time alone, never "± 0". */
    @Test void oneRunShowsNoSpread() {
        assertThat(new LabelCost("random", 2520, 0, 1).formatted()).isEqualTo("42 min");
        assertThat(new LabelCost("random", 2520, 240, 3).formatted()).isEqualTo("42 ± 4 min");
        assertThat(new LabelCost("random", 45, 0, 1).formatted()).doesNotContain("±");
        assertThat(new LabelCost("random", 7200, 0, 1).formatted()).isEqualTo("2.00 h");
    }
}
