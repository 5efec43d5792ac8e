package org.activemat.engine.descriptor;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClustersTest {
    /** 5 tight blobs of 20 points, 10 apart; row i is in blob i % 5. */
    private static double[][] blobs() {
        Random r = new Random(1);
        double[][] x = new double[100][];
        for (int i = 0; i < x.length; i++) x[i] = new double[]{10 * (i % 5) + 0.2 * r.nextGaussian(), 0.2 * r.nextGaussian()};
        return x;
    }

    @Test
    void findsSeparatedBlobsAndTheSameSeedGivesTheSameLabelsInAnyThread() throws Exception {
        double[][] x = blobs();
        int[] a = Clusters.kmeans(x, 5, 7);
        for (int b = 0; b < 5; b++) {
            Set<Integer> labelsOfBlob = new HashSet<>();
            for (int i = b; i < x.length; i += 5) labelsOfBlob.add(a[i]);
            assertThat(labelsOfBlob).as("blob " + b).hasSize(1);
        }
        assertThat(new HashSet<>(java.util.Arrays.stream(a).boxed().toList())).hasSize(5);
        int[][] other = new int[1][];
        Thread t = new Thread(() -> other[0] = Clusters.kmeans(x, 5, 7));
        t.start();
        t.join();
        assertThat(other[0]).containsExactly(a);
    }

    @Test
    void fewerRowsThanClustersMakesEachRowItsOwnClusterAndKMustBePositive() {
        assertThat(Clusters.kmeans(new double[][]{{0}, {1}, {2}}, 15, 0)).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> Clusters.kmeans(blobs(), 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 cluster");
    }
}
