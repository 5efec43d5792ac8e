package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LcmdStrategyTest {
    /**
     * Labelled A = (0, 0) and B = (10, 0). Around A five candidates with squared distances 1.69, 1.44, 1.44, 1.44, 1.62
     * (Σ = 7.63); around B one at squared distance 4: the farthest point overall, in the smaller cluster.
     */
    private static final double[][] PHI = {{0, 0}, {10, 0}, {1.3, 0}, {-1.2, 0}, {0, 1.2}, {0, -1.2}, {0.9, 0.9}, {12, 0}};

    @Test
    void picksTheFarthestPointOfTheLargestClusterNotTheFarthestPointOverall() {
        SelectionContext ctx = FeatureContexts.of(PHI, 2);
        List<Pick> lcmd = new LcmdStrategy(0).select(ctx, 2, new Random(0));
        assertThat(lcmd.get(0).index()).isEqualTo(2);
        assertThat(lcmd.get(0).cluster()).isZero(); // centre A, the first labelled row
        assertThat(lcmd.get(0).rule()).startsWith("farthest point of the largest cluster (centre labelled #1, Σd² = 0.153");
        assertThat(new MaxDistStrategy(0).select(ctx, 1, new Random(0)).get(0).index()).isEqualTo(7);
        // after (1.3, 0) becomes a centre, A keeps 4.32 > B's 4 (scale: labelled mean ‖φ‖² = 50, so distances are /√50)
        assertThat(lcmd.get(1).index()).isEqualTo(3);
        assertThat(lcmd.get(1).score()).isCloseTo(1.2 / Math.sqrt(50), within(1e-12));
    }

    @Test
    void theSmallerClusterIsVisitedOnceTheLargeOneShrinks() {
        // after two picks A's cluster holds 2.88 and the new centre's 0.97 (raw units), B's 4: B is next
        List<Pick> lcmd = new LcmdStrategy(0).select(FeatureContexts.of(PHI, 2), 3, new Random(0));
        assertThat(lcmd).extracting(Pick::index).containsExactly(2, 3, 7);
        assertThat(lcmd.get(2).cluster()).isEqualTo(1);
    }
}
