package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

class StudentTTest {
    // scipy 1.17: df, t.ppf(0.975, df), 2·t.sf(2.5, df), 2·t.sf(0.3, df), 2·t.sf(12, df)
    private static final double[][] SCIPY = {
            {1, 12.706204736174694, 0.24223788318168682, 0.8144528418445154, 0.052929352119179755},
            {2, 4.302652729749462, 0.12961172022151082, 0.7924856608401776, 0.00687293367715846},
            {3, 3.1824463052837078, 0.08770664700806556, 0.783763292039919, 0.0012450158007893362},
            {4, 2.7764451051977934, 0.06676654481198814, 0.7791214282774598, 0.000276428548502973},
            {7, 2.364624251592784, 0.04099221858575289, 0.7728900504021342, 6.358310378185098e-06},
            {19, 2.0930240544083087, 0.02174041116839744, 0.7674346603392634, 2.5908946372221965e-10},
            {49, 2.0095752371292392, 0.01581578884718008, 0.7654461897840288, 3.380810494797404e-16}};

    @Test
    void quantileAndTwoSidedTailMatchScipy() {
        for (double[] row : SCIPY) {
            int df = (int) row[0];
            assertThat(StudentT.quantile(0.975, df)).as("t.ppf df=%d", df).isCloseTo(row[1], withinPercentage(1e-9));
            assertThat(StudentT.quantile(0.025, df)).isCloseTo(-row[1], withinPercentage(1e-9));
            assertThat(StudentT.twoSidedP(2.5, df)).as("p(2.5) df=%d", df).isCloseTo(row[2], withinPercentage(1e-9));
            assertThat(StudentT.twoSidedP(-2.5, df)).isCloseTo(row[2], withinPercentage(1e-9));
            assertThat(StudentT.twoSidedP(0.3, df)).as("p(0.3) df=%d", df).isCloseTo(row[3], withinPercentage(1e-9));
            assertThat(StudentT.twoSidedP(12, df)).as("p(12) df=%d", df).isCloseTo(row[4], withinPercentage(1e-9));
        }
    }

    @Test
    void edgesOfTheTail() {
        assertThat(StudentT.twoSidedP(0, 4)).isEqualTo(1);
        assertThat(StudentT.twoSidedP(Double.POSITIVE_INFINITY, 4)).isEqualTo(0);
        assertThat(StudentT.twoSidedP(Double.NaN, 4)).isNaN();
        assertThat(StudentT.quantile(0.5, 3)).isEqualTo(0);
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
