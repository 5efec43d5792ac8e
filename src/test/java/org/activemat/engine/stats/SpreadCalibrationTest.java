package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The recalibration maps on residuals chosen so that the answer is known exactly. */
class SpreadCalibrationTest {
    @Test void theScaleMakesTheHeldOutZScoresRmsOne() {
        // z = 1/0.5, 4/2, −3/1.5 = 2, 2, −2: RMS 2, so s = 2 (every step exact in binary)
        SpreadCalibration s = SpreadCalibration.scale(new double[]{1, 4, -3}, new double[]{0.5, 2, 1.5});
        assertThat(s.kind()).isEqualTo(SpreadCalibration.SCALE);
        assertThat(s.scale()).isEqualTo(2);
        assertThat(s.residuals()).isEqualTo(3);
        assertThat(s.apply(new double[]{0.5, 3})).containsExactly(1, 6);
        assertThat(s.sigma(0.25)).isEqualTo(0.5);
        // z = 1, −1, 3, −3: mean z² = 5, s = √5; the σ = 0 and NaN pairs are left out
        SpreadCalibration t = SpreadCalibration.scale(new double[]{1, -1, 3, -3, 7, Double.NaN}, new double[]{1, 1, 1, 1, 0, 1});
        assertThat(t.scale()).isEqualTo(Math.sqrt(5));
        assertThat(t.residuals()).isEqualTo(4);
        assertThat(SpreadCalibration.scale(new double[]{1}, new double[]{0})).isNull();
    }

    @Test void afterScalingTheSameResidualsHaveRmsZOfOne() {
        double[] r = {0.03, -0.11, 0.07, 0.002, -0.05}, sd = {0.01, 0.02, 0.015, 0.004, 0.02};
        double[] scaled = SpreadCalibration.scale(r, sd).apply(sd);
        double z2 = 0;
        for (int i = 0; i < r.length; i++) z2 += (r[i] / scaled[i]) * (r[i] / scaled[i]);
        assertThat(Math.sqrt(z2 / r.length)).isCloseTo(1, within(1e-12));
    }

    @Test void isotonicMapsSigmaToTheGaussianSigmaOfTheFittedMeanAbsoluteError() {
        // |r| on σ: (1, 1), (2, 3), (3, 2) → 1, 2.5, 2.5; σ' = fit × √(π/2)
        SpreadCalibration iso = SpreadCalibration.isotonic(new double[]{-1, 3, -2}, new double[]{1, 2, 3});
        assertThat(iso.kind()).isEqualTo(SpreadCalibration.ISOTONIC);
        assertThat(iso.knotSigma()).containsExactly(1, 2, 3);
        assertThat(iso.knotError()).containsExactly(1, 2.5, 2.5);
        double k = Math.sqrt(Math.PI / 2);
        assertThat(iso.sigma(1)).isEqualTo(k);
        assertThat(iso.apply(new double[]{0.5, 1.5, 3, 10})).containsExactly(k, 1.75 * k, 2.5 * k, 2.5 * k);
        assertThat(iso.residuals()).isEqualTo(3);
    }

    @Test void neitherMapReordersTheCandidates() {
        double[] sd = {0.4, 0.1, 0.3, 0.2, 0.05};
        SpreadCalibration s = SpreadCalibration.scale(new double[]{0.9, 0.1, 0.5}, new double[]{0.3, 0.1, 0.2});
        SpreadCalibration iso = SpreadCalibration.isotonic(new double[]{0.9, 0.1, 0.5}, new double[]{0.3, 0.1, 0.2});
        for (SpreadCalibration c : new SpreadCalibration[]{s, iso}) {
            double[] out = c.apply(sd);
            for (int i = 0; i < sd.length; i++)
                for (int j = 0; j < sd.length; j++) if (sd[i] < sd[j]) assertThat(out[i]).isLessThanOrEqualTo(out[j]);
        }
    }
}
