package org.activemat.engine.experiment;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a live run: what the form checks at once, and what the run checks once it has drawn the pool. */
class LiveSpecTest {
    private static final ChemicalSystem SI = ChemicalSystem.parse("Si");

    private static LiveSpec live(int poolSize, long poolSeed, Dataset testSet) {
        return new LiveSpec(SI, LiveSpec.Pool.generated(poolSize, poolSeed), testSet, null, "formation_energy_per_atom",
                "paper-17", ExperimentPlan.paper(), 1);
    }

    private static Dataset testSetOf(Candidate... structures) {
        return new Dataset("test", java.util.Arrays.stream(structures)
                .map(c -> Entry.of(c.id(), c.structure(), Map.of("formation_energy_per_atom", 0.1), "test")).toList(), Map.of());
    }

    @Test void aGeneratedIdInTheTestSetIsRefusedOnceThePoolIsDrawnNotBefore() {
        List<Candidate> pool = ExplorationRun.pool(SI, 200, 7);
        LiveSpec spec = live(200, 7, testSetOf(pool.get(3), pool.get(150)));
        assertThat(spec.problemsBeforeDrawing()).isEmpty();
        assertThat(spec.problems()).singleElement().satisfies(p -> {
            assertThat(p.setting()).isEqualTo(LiveSpec.Setting.POOL);
            assertThat(p.message()).startsWith("the pool shares 2 structure id(s) with the test set (e.g. " + pool.get(3).id() + ")");
        });
    }

    @Test void aGeneratedPoolTooSmallForTheProtocolIsRefusedWithoutDrawingIt() {
        Candidate other = ExplorationRun.pool(SI, 1, 8).get(0);
        LiveSpec spec = live(50, 7, testSetOf(other));
        String expected = "the protocol needs 105 labels (30 initial + 5 × 15) but the pool holds 50 structures";
        assertThat(spec.problemsBeforeDrawing()).extracting(LiveSpec.Problem::message).containsExactly(expected);
        assertThat(spec.problems()).extracting(LiveSpec.Problem::message).containsExactly(expected);
    }
}
