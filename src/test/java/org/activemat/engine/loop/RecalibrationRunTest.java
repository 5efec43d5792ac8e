package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.stats.SpreadCalibration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What the loop records about its error without the test set, and that recording it changes no pick. */
class RecalibrationRunTest {
    private final FeatureMatrix data = LoopFixtures.synthetic(80);

    private ExperimentResult run(ExperimentPlan plan) {
        return new ExperimentRunner().run(data, plan, null, null);
    }

    private static ExperimentPlan with(Recalibration.Method m, Recalibration.Residuals r, int threads) {
        return LoopFixtures.reduced(threads).withRecalibration(new Recalibration(m, r, 3));
    }

    /** Prequential: nothing is held out at round 0; each later round adds its 5-label batch to the pooled residuals. */
    @Test void prequentialResidualsPoolTheBatchesPredictedBeforeTheyWereLabelled() {
        ExperimentResult r = run(with(Recalibration.Method.SCALE, Recalibration.Residuals.PREQUENTIAL, 2));
        for (RunResult run : r.runs()) {
            RoundEstimates first = run.rounds().get(0).estimates();
            assertThat(first.heldOut()).isZero();
            assertThat(first.heldOutMae()).isNaN();
            assertThat(first.calibration()).isNull();
            assertThat(first.poolSigmaCalibrated()).isNaN();
            assertThat(first.poolSigma()).isPositive();
            assertThat(first.labelStd()).isPositive();
            for (int k = 1; k < run.rounds().size(); k++) {
                RoundEstimates e = run.rounds().get(k).estimates();
                assertThat(e.heldOut()).isEqualTo(5);
                assertThat(e.calibration().kind()).isEqualTo(SpreadCalibration.SCALE);
                assertThat(e.calibration().residuals()).isEqualTo(5 * k);
                // a scale is linear: the mean of s·σ is s × the mean σ (up to rounding)
                assertThat(e.poolSigmaCalibrated()).isCloseTo(e.calibration().scale() * e.poolSigma(),
                        org.assertj.core.api.Assertions.within(1e-12 * e.poolSigmaCalibrated()));
            }
            assertThat(ExperimentSummary.recalibratedStd(run)).hasSize(run.testPredictions().std().length);
        }
        var c = ExperimentSummary.of(r).comparisons().get("random");
        assertThat(c.within2SigmaRecalibrated()).isBetween(0.0, 1.0);
        assertThat(c.widening95Recalibrated()).isPositive();
    }

    /** A scale factor or an isotonic map changes no pick and no test number: only what is reported about σ. */
    @Test void recalibrationLeavesEveryPickAndTestMetricAsItWas() {
        ExperimentResult off = run(with(Recalibration.Method.OFF, Recalibration.Residuals.PREQUENTIAL, 2));
        ExperimentResult iso = run(with(Recalibration.Method.ISOTONIC, Recalibration.Residuals.PREQUENTIAL, 2));
        for (int i = 0; i < off.runs().size(); i++)
            for (int k = 0; k < off.runs().get(i).rounds().size(); k++) {
                RoundResult a = off.runs().get(i).rounds().get(k), b = iso.runs().get(i).rounds().get(k);
                assertThat(b.addedIds()).isEqualTo(a.addedIds());
                assertThat(b.metrics()).isEqualTo(a.metrics());
                assertThat(a.estimates().calibration()).isNull();
                assertThat(Double.valueOf(b.estimates().heldOutMae())).isEqualTo(Double.valueOf(a.estimates().heldOutMae()));
            }
        assertThat(ExperimentSummary.of(off).comparisons().get("random").within2SigmaRecalibrated()).isNaN();
        assertThat(iso.runs().get(0).lastRound().estimates().calibration().kind()).isEqualTo(SpreadCalibration.ISOTONIC);
    }

    /** k-fold CV trains k more ensembles per round, holds out every label once, and gives the same bits on 1 or 2 threads. */
    @Test void crossValidationHoldsOutEveryLabelAndDoesNotDependOnThreads() throws Exception {
        ExperimentPlan plan = with(Recalibration.Method.SCALE, Recalibration.Residuals.CROSS_VALIDATION, 1);
        AtomicLong members = new AtomicLong();
        ExperimentListener count = new ExperimentListener() {
            @Override public void memberTrained(String s, int seed, int round, int member) { members.incrementAndGet(); }
        };
        ExperimentResult one = new ExperimentRunner().run(data, plan, count, null);
        assertThat(members.get()).isEqualTo(ExperimentRunner.totalMembers(plan)).isEqualTo(4L * 3 * 2 * (1 + 3));
        for (RunResult run : one.runs())
            for (RoundResult round : run.rounds()) {
                assertThat(round.estimates().heldOut()).isEqualTo(round.labelled());
                assertThat(round.estimates().calibration().residuals()).isEqualTo(round.labelled());
                assertThat(round.estimates().heldOutMae()).isPositive();
            }
        ExperimentResult two = run(plan.withThreads(2));
        assertThat(estimates(two)).isEqualTo(estimates(one));
        // the picks are those of the prequential runs: CV only adds what is reported
        ExperimentResult pre = run(with(Recalibration.Method.SCALE, Recalibration.Residuals.PREQUENTIAL, 2));
        for (int i = 0; i < pre.runs().size(); i++)
            assertThat(one.runs().get(i).lastRound().addedIds()).isEqualTo(pre.runs().get(i).lastRound().addedIds());
    }

    private static String estimates(ExperimentResult r) throws Exception {
        List<RunResult> runs = r.runs().stream().map(run -> new RunResult(run.strategy(), run.seed(),
                run.rounds().stream().map(x -> new RoundResult(x.round(), x.labelled(), x.metrics(), x.addedIds(), x.reasons(), 0, x.estimates())).toList(),
                run.testPredictions(), 0)).toList();
        ExperimentResult clean = new ExperimentResult(r.plan().withThreads(1), runs, r.complete(), 0);
        return ResultsFile.toJson(ResultsDocument.of(clean, new DatasetInfo("d", "", "", "", 80), "paper-17", List.of(), "y", "test"))
                .replaceAll("\"created\" : \"[^\"]*\"", "");
    }
}
