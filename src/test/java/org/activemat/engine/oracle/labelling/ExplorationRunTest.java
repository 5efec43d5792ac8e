package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The live active-learning loop with a stand-in oracle (a smooth function of density), so it runs in seconds. */
class ExplorationRunTest {
    @TempDir Path tmp;

    private static final Map<String, Double> MU = Map.of("Si", -5.5);
    private static final DescriptorSet SET = Descriptors.byName("structure-9");

    /** Energy per atom from the volume per atom; fails the candidates whose id is listed. */
    private static final class DensityOracle implements Oracle {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final Set<String> failing;

        DensityOracle(Set<String> failing) { this.failing = failing; }

        @Override public Label label(String id, Structure s) throws OracleException {
            calls.add(id);
            if (failing.contains(id)) throw new OracleException(OracleException.Reason.NOT_CONVERGED, id + ": SCF did not converge", "");
            double v = s.volume() / s.size();
            double e = -5.4 + 0.004 * (v - 20) * (v - 20);
            return new Label(e * s.size(), new double[s.size()][3], new double[3][3], Double.NaN, 0.1, Map.of("kpoints", "1x1x1"));
        }

        @Override public String describe() { return "density"; }
    }

    private static List<Candidate> pool(int n) {
        CandidateGenerator g = new CandidateGenerator(ChemicalSystem.SI, 7);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = g.candidate(i);
            out.add(new Candidate("Si-s7-" + i, i, c.structure(), c.prototype(), c.info()));
        }
        return out;
    }

    /** A labelled test set from other structures (another generator seed), labelled by the same function. */
    private static FeatureMatrix testSet() throws Exception {
        DensityOracle o = new DensityOracle(Set.of());
        List<Entry> entries = new ArrayList<>();
        for (Candidate c : new CandidateGenerator(ChemicalSystem.SI, 8).generate(40)) {
            Label l = o.label(c.id(), c.structure());
            entries.add(Entry.of(c.id(), c.structure(), Map.of("formation_energy_per_atom",
                    LabelingRun.formationEnergyPerAtom(c.structure(), l.energy(), MU)), "test"));
        }
        return Descriptors.matrix(new Dataset("test", entries, Map.of()), SET, "formation_energy_per_atom", List.of());
    }

    private static ExperimentPlan plan() {
        MlpSettings small = MlpSettings.paper().withMembers(2).withHiddenLayers(List.of(16)).withEpochs(40);
        return ExperimentPlan.paper().withStrategies(List.of("random", "uncertainty")).withSeeds(List.of(0))
                .withSchedule(6, 3, 4).withModel(small);
    }

    private ExplorationRun exploration(Path out, Oracle oracle, Map<String, Double> known) throws Exception {
        LabelingRun labeller = new LabelingRun(ChemicalSystem.SI, new CandidateGenerator(ChemicalSystem.SI, 7), oracle, MU,
                FrameLog.open(out), FailureLog.open(FailureLog.besides(out)), 1);
        return new ExplorationRun(pool(60), SET, testSet(), plan(), labeller, known, 2);
    }

    private static Map<String, Double> labelsIn(Path file) throws Exception {
        Map<String, Double> m = new HashMap<>();
        for (Entry e : DatasetFormats.read(file).entries()) m.put(e.id(), e.property("formation_energy_per_atom").getAsDouble());
        return m;
    }

    @Test void labelsOnlyWhatTheStrategiesPickOnceEachAndResumesWithTheSameNumbers() throws Exception {
        Path out = tmp.resolve("explore.extxyz");
        DensityOracle oracle = new DensityOracle(Set.of());
        List<RoundResult> rounds = new ArrayList<>();
        ExplorationRun firstRun = exploration(out, oracle, Map.of());
        ExperimentResult first = firstRun.run(new ExperimentListener() {
            @Override public void roundFinished(String s, int seed, RoundResult r) { rounds.add(r); }
        }, ProgressListener.NONE, new CancellationToken());

        assertThat(first.complete()).isTrue();
        assertThat(first.runs()).extracting(RunResult::strategy).containsExactly("random", "uncertainty");
        Set<String> picked = new HashSet<>();
        for (RunResult r : first.runs()) {
            assertThat(r.rounds()).extracting(RoundResult::labelled).containsExactly(6, 10, 14, 18);
            r.rounds().forEach(rr -> picked.addAll(rr.addedIds()));
        }
        assertThat(oracle.calls).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(picked);
        assertThat(oracle.calls.size()).isLessThan(2 * 18);   // both start from the same 6 initial labels
        assertThat(labelsIn(out)).hasSize(oracle.calls.size());
        assertThat(rounds).hasSize(8);
        RunResult random = first.runs().get(0);
        assertThat(random.lastRound().metrics().mae()).isLessThan(random.rounds().get(0).metrics().mae());

        DensityOracle again = new DensityOracle(Set.of());
        firstRun.close();   // releases the labels file to the next run (one writer at a time)
        ExperimentResult resumed = exploration(out, again, labelsIn(out)).run(ExperimentListener.NONE, ProgressListener.NONE, new CancellationToken());
        assertThat(again.calls).isEmpty();
        for (int i = 0; i < 2; i++)
            for (int r = 0; r < 4; r++) {
                RoundResult a = first.runs().get(i).rounds().get(r), b = resumed.runs().get(i).rounds().get(r);
                assertThat(b.addedIds()).isEqualTo(a.addedIds());
                assertThat(b.metrics().mae()).isEqualTo(a.metrics().mae());
            }
    }

    @Test void candidatesTheOracleFailsOnAreLeftOutAndNeverRetried() throws Exception {
        Path out = tmp.resolve("explore.extxyz");
        Set<String> failing = new HashSet<>();
        for (int i = 0; i < 60; i += 4) failing.add("Si-s7-" + i);   // a quarter of the pool does not converge
        DensityOracle oracle = new DensityOracle(failing);
        ExperimentResult r = exploration(out, oracle, Map.of()).run(ExperimentListener.NONE, ProgressListener.NONE, new CancellationToken());

        assertThat(r.complete()).isTrue();
        boolean someBatchShort = false;
        for (RunResult run : r.runs()) {
            assertThat(run.rounds().get(0).labelled()).isEqualTo(6);   // the initial draw moves on past failures
            for (int k = 1; k < run.rounds().size(); k++) {
                int grew = run.rounds().get(k).labelled() - run.rounds().get(k - 1).labelled();
                assertThat(grew).isBetween(0, 4);
                someBatchShort |= grew < 4;
            }
            run.rounds().forEach(rr -> assertThat(rr.addedIds()).doesNotContainAnyElementsOf(failing));
        }
        assertThat(someBatchShort).isTrue();
        assertThat(oracle.calls).doesNotHaveDuplicates();
        Set<String> failedCalls = new HashSet<>(oracle.calls);
        failedCalls.retainAll(failing);
        assertThat(failedCalls).isNotEmpty();
        assertThat(FailureLog.open(FailureLog.besides(out)).reasons().keySet()).isEqualTo(failedCalls);
    }
}
