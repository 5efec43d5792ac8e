package org.activemat.engine.loop;

import org.activemat.engine.model.ModelBackends;
import org.activemat.engine.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainingCostTest {
    /**
     * The paper protocol: (30 + 45 + … + 105) rows × 5 members × 100 epochs × 4 strategies × 5 seeds, less round 0
     * (30 rows) of 3 strategies per seed, which share the first one's; every run trains its own when not shared.
     */
    @Test void samplesEpochsOfThePaperProtocol() {
        ExperimentPlan paper = ExperimentPlan.paper();
        assertThat(TrainingCost.sampleEpochs(paper)).isEqualTo((405L * 20 - 30L * 3 * 5) * 5 * 100);
        assertThat(TrainingCost.sampleEpochs(paper.withPairing(Pairing.PER_STRATEGY))).isEqualTo(405L * 5 * 100 * 20);
    }

    /** The backend's measured cost × sample-epochs, shared by the threads, scaled by the net's size. */
    @Test void secondsFollowTheBackendTheNetAndTheThreads() {
        ExperimentPlan paper = ExperimentPlan.paper();
        ExperimentPlan one = new ExperimentPlan(paper.strategies(), paper.seeds(), 0.2, 30, 5, 15, paper.model(), 1, paper.pairing());
        double perCore = TrainingCost.seconds(one, 17).orElseThrow();
        double expected = TrainingCost.sampleEpochs(one) * ModelBackends.standard().microsPerSampleEpoch() * 1e-6;
        assertThat(perCore).isCloseTo(expected, within(1e-9));
        ExperimentPlan two = new ExperimentPlan(paper.strategies(), paper.seeds(), 0.2, 30, 5, 15, paper.model(), 2, paper.pairing());
        assertThat(TrainingCost.seconds(two, 17).orElseThrow()).isCloseTo(perCore / 2, within(1e-9));
        ExperimentPlan smile = new ExperimentPlan(paper.strategies(), paper.seeds(), 0.2, 30, 5, 15,
                ModelSpec.of(ModelBackends.SMILE_MLP), 1, paper.pairing());
        assertThat(TrainingCost.seconds(smile, 17).orElseThrow()).isGreaterThan(3 * perCore);
        var small = paper.model().withSettings(paper.model().settings().withHiddenLayers(List.of(32)));
        ExperimentPlan tiny = new ExperimentPlan(paper.strategies(), paper.seeds(), 0.2, 30, 5, 15, small, 1, paper.pairing());
        assertThat(TrainingCost.seconds(tiny, 17).orElseThrow()).isLessThan(perCore / 10);
    }
}
