package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Fixtures;
import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The batch logic with a stand-in oracle (a pair sum), so it runs without pw.x in milliseconds. */
class LabelingRunTest {
    @TempDir Path tmp;

    /** Energy −1 eV per atom pair closer than 3 Å, forces zero; fails every candidate whose index is divisible by 5. */
    private static final class PairOracle implements Oracle {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final long millis;
        final AtomicInteger running = new AtomicInteger(), mostAtOnce = new AtomicInteger();

        PairOracle() { this(0); }

        PairOracle(long millis) { this.millis = millis; }

        @Override public Label label(String id, Structure s) throws OracleException {
            calls.add(id);
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                throw new OracleException(OracleException.Reason.CRASHED, id + ": interrupted", "");
            } finally {
                running.decrementAndGet();
            }
            if (Integer.parseInt(id.split("-")[1]) % 5 == 0)
                throw new OracleException(OracleException.Reason.NOT_CONVERGED, id + ": SCF did not converge", "convergence NOT achieved");
            double e = -3.0 * s.size();
            return new Label(e, new double[s.size()][3], new double[][]{{1, 0, 0}, {0, 2, 0}, {0, 0, 3}}, 2.0 * s.size(), 0.5, Map.of("kpoints", "1x1x1"));
        }

        @Override public String describe() { return "pair sum"; }
    }

    private final List<FrameLog> opened = new ArrayList<>();

    /** The frames file for a new run; the runs before it have ended, so their files are released first (one writer each). */
    private FrameLog frames(Path out) throws Exception {
        closeFrames();
        FrameLog f = FrameLog.open(out);
        opened.add(f);
        return f;
    }

    @AfterEach void closeFrames() throws Exception {
        for (FrameLog f : opened) f.close();
        opened.clear();
    }

    private LabelingRun run(Path out, PairOracle oracle) throws Exception {
        return new LabelingRun(ChemicalSystem.FE, new CandidateGenerator(ChemicalSystem.FE, 3), oracle, Map.of("Fe", -2.5),
                frames(out), FailureLog.open(FailureLog.besides(out)), 1);
    }

    @Test void labelsUntilTheTargetRecordsFailuresAndResumesWithoutRepeatingWork() throws Exception {
        Path out = tmp.resolve("Fe.extxyz");
        PairOracle first = new PairOracle();
        LabelingRun.Summary s1 = run(out, first).run(6, 100, ProgressListener.NONE, new CancellationToken());
        assertThat(s1.framesInFile()).isEqualTo(6);
        assertThat(s1.failedNow()).isEqualTo(2);            // indices 0 and 5
        assertThat(first.calls).hasSize(8);
        assertThat(FailureLog.open(FailureLog.besides(out)).reasons()).hasSize(2).containsValue("NOT_CONVERGED");

        PairOracle second = new PairOracle();
        LabelingRun.Summary s2 = run(out, second).run(10, 100, ProgressListener.NONE, new CancellationToken());
        assertThat(s2.framesInFile()).isEqualTo(10);
        assertThat(s2.skipped()).isEqualTo(8);               // 6 labelled + 2 failed are not recomputed
        assertThat(second.calls).doesNotContainAnyElementsOf(first.calls);
        assertThat(s2.reachedTarget()).isTrue();

        Dataset d = DatasetFormats.read(out);
        assertThat(d.size()).isEqualTo(10);
        for (Entry e : d.entries()) {
            assertThat(e.property("energy_per_atom").getAsDouble()).isEqualTo(-3.0);
            assertThat(e.property("formation_energy_per_atom").getAsDouble()).isCloseTo(-0.5, within(1e-12));
            assertThat(e.property("stress_yy").getAsDouble()).isEqualTo(2.0);
            assertThat(e.property("pressure").getAsDouble()).isEqualTo(-2.0);
            assertThat(e.property("magnetization_per_atom").getAsDouble()).isEqualTo(2.0);
            assertThat(e.siteArrays().get("forces")).hasDimensions(e.sites(), 3);
            assertThat(e.info()).containsKeys("prototype", "transformation", "kpoints");
        }
    }

    @Test void parallelJobsLabelTheSameCandidatesAsOneJobAndStopAtTheTarget() throws Exception {
        Path serialOut = tmp.resolve("serial/Fe.extxyz"), parallelOut = tmp.resolve("parallel/Fe.extxyz");
        run(serialOut, new PairOracle()).run(12, 100, ProgressListener.NONE, new CancellationToken());
        PairOracle oracle = new PairOracle(20);   // long enough for the three jobs to overlap
        LabelingRun.Summary s = run(parallelOut, oracle).run(12, 100, 3, ProgressListener.NONE, new CancellationToken());

        assertThat(s.framesInFile()).isEqualTo(12);
        assertThat(s.failedNow()).isEqualTo(3);                   // indices 0, 5 and 10, as in one job
        assertThat(oracle.calls).hasSize(15).doesNotHaveDuplicates();
        assertThat(oracle.mostAtOnce.get()).isEqualTo(3);
        assertThat(new HashSet<>(ids(parallelOut))).isEqualTo(new HashSet<>(ids(serialOut)));
    }

    private static List<String> ids(Path file) throws Exception {
        return DatasetFormats.read(file).entries().stream().map(Entry::id).toList();
    }

    @Test void cancellationStopsBetweenCandidates() throws Exception {
        Path out = tmp.resolve("Fe.extxyz");
        CancellationToken cancel = new CancellationToken();
        PairOracle oracle = new PairOracle();
        LabelingRun.Summary s = run(out, oracle).run(50, 100, (d, t, m) -> { if (d >= 3) cancel.cancel(); }, cancel);
        assertThat(s.framesInFile()).isEqualTo(3);
        assertThat(s.reachedTarget()).isFalse();
    }

    @Test void aCalculationStoppedByCancellationIsNotRecordedAsFailed() throws Exception {
        Path out = tmp.resolve("Fe.extxyz");
        CancellationToken cancel = new CancellationToken();
        Oracle killed = new Oracle() {
            @Override public Label label(String id, Structure s) throws OracleException {
                cancel.cancel();   // what the shutdown hook does while pw.x runs
                throw new OracleException(OracleException.Reason.CRASHED, "pw.x exited with code 137", "");
            }
            @Override public String describe() { return "killed"; }
        };
        LabelingRun r = new LabelingRun(ChemicalSystem.FE, new CandidateGenerator(ChemicalSystem.FE, 3), killed, Map.of("Fe", -2.5),
                frames(out), FailureLog.open(FailureLog.besides(out)), 1);
        LabelingRun.Summary s = r.run(5, 10, ProgressListener.NONE, cancel);
        assertThat(s.failedNow()).isZero();
        assertThat(FailureLog.open(FailureLog.besides(out)).size()).isZero();
    }

    /** An unusable scratch folder is not the candidate's fault: the run stops, and nothing is recorded as failed. */
    @Test void anErrorOfTheEnvironmentStopsTheRunAndRecordsNoFailure() throws Exception {
        Path out = tmp.resolve("Fe.extxyz");
        Oracle noScratch = new Oracle() {
            @Override public Label label(String id, Structure s) throws OracleException {
                throw new OracleException(OracleException.Reason.ENVIRONMENT, "cannot use the scratch folder /full", "");
            }
            @Override public String describe() { return "no scratch"; }
        };
        LabelingRun r = new LabelingRun(ChemicalSystem.FE, new CandidateGenerator(ChemicalSystem.FE, 3), noScratch, Map.of("Fe", -2.5),
                frames(out), FailureLog.open(FailureLog.besides(out)), 1);
        assertThatThrownBy(() -> r.run(5, 10, ProgressListener.NONE, new CancellationToken()))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("cannot use the scratch folder");
        assertThat(FailureLog.besides(out)).doesNotExist();
    }

    @Test void formationEnergyIsRelativeToTheElementalReferences() {
        Structure s = Fixtures.diamondSi();
        assertThat(LabelingRun.formationEnergyPerAtom(s, -10.0, Map.of("Si", -4.0))).isCloseTo(-1.0, within(1e-12));
    }
}
