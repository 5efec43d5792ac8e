package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.ExtXyzWriter;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.Candidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The next batch to compute, from the user's labelled structures and unlabelled candidates. */
class SuggestCommandTest {
    private static final Path SI_SAMPLE = Path.of("sample-data", "Si.extxyz");
    @TempDir Path tmp;
    private Path candidates;
    private String labelledId;

    /** 30 generated Si cells without labels, plus one cell of the sample (already labelled: never suggested). */
    @BeforeEach void candidates() throws Exception {
        assumeTrue(Files.exists(SI_SAMPLE), "no bundled Si sample");
        List<Entry> pool = new ArrayList<>();
        for (Candidate c : ExplorationRun.pool(ChemicalSystem.SI, 30, 5)) pool.add(Entry.of(c.id(), c.structure(), Map.of(), "test"));
        Entry known = DatasetFormats.read(SI_SAMPLE).entries().get(0);
        labelledId = known.id();
        pool.add(Entry.of(known.id(), known.structure(), Map.of(), "test"));
        candidates = tmp.resolve("candidates.extxyz");
        try (Writer w = Files.newBufferedWriter(candidates)) {
            ExtXyzWriter.write(w, pool);
        }
    }

    private DescribeCommandTest.Run suggest(String strategy, int batch, Path out) {
        return DescribeCommandTest.run("suggest", "--labelled", SI_SAMPLE.toString(), "--target", "formation_energy_per_atom",
                "--candidates", candidates.toString(), "--strategy", strategy, "--batch", String.valueOf(batch),
                "--members", "3", "--hidden", "16", "--epochs", "10", "--out", out.toString());
    }

    @Test void suggestsABatchWithPredictionsAndReasonsTheSameEveryTime() throws Exception {
        Path out = tmp.resolve("next.extxyz");
        var first = suggest("uncertainty", 5, out);
        assertThat(first.code()).as(first.err()).isZero();
        Dataset next = DatasetFormats.read(out);
        assertThat(next.entries()).hasSize(5).allSatisfy(e -> {
            assertThat(e.id()).startsWith("Si-s5-");
            assertThat(e.property("predicted_formation_energy_per_atom")).isPresent();
            assertThat(e.info().get("reason")).startsWith("most uncertain: variance rank");
        });
        assertThat(next.entries()).extracting(e -> e.property("suggested_rank").orElseThrow()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        var vasp = DescribeCommandTest.run("suggest", "--labelled", SI_SAMPLE.toString(), "--target", "formation_energy_per_atom",
                "--candidates", candidates.toString(), "--batch", "5", "--members", "3", "--hidden", "16", "--epochs", "10",
                "--poscar-dir", tmp.resolve("vasp").toString());
        assertThat(vasp.code()).as(vasp.err()).isZero();
        for (Entry e : next.entries())   // the same five, one POSCAR each, read back as the same cell
            assertThat(DatasetFormats.read(tmp.resolve("vasp").resolve(e.id() + ".vasp")).entries().get(0).structure().lattice())
                    .isNotNull().satisfies(l -> assertThat(l.volume()).isCloseTo(e.structure().lattice().volume(), org.assertj.core.api.Assertions.within(1e-6)));
        assertThat(first.out()).contains("5 of 31 candidates suggested by uncertainty, trained on 320 labelled entries");

        var again = suggest("uncertainty", 5, tmp.resolve("again.extxyz"));
        assertThat(again.out()).isEqualTo(first.out());

        var all = suggest("diversity", 30, tmp.resolve("all.extxyz"));   // every unlabelled candidate, none already known
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(DatasetFormats.read(tmp.resolve("all.extxyz")).ids()).hasSize(30).doesNotContain(labelledId);
    }

    /** The second day: frames computed in round 1 train the model, and neither they nor round 1's failures come back. */
    @Test void framesFromEarlierRoundsAreLearntAndTheirFailuresNotSuggestedAgain() throws Exception {
        List<Entry> pool = DatasetFormats.read(candidates).entries();
        Entry si = DatasetFormats.read(SI_SAMPLE).entries().get(1);
        Path round1 = tmp.resolve("round1.extxyz");
        try (Writer w = Files.newBufferedWriter(round1)) {
            for (int i = 0; i < 3; i++)   // labelled like label --structures writes them, the target included
                ExtXyzWriter.write(w, Entry.of(pool.get(i).id(), pool.get(i).structure(),
                        Map.of("formation_energy_per_atom", 0.05 * (i + 1)), "pw.x"));
            ExtXyzWriter.write(w, Entry.of(pool.get(3).id(), pool.get(3).structure(), Map.of("energy", -200.0), "pw.x"));   // no target
        }
        Files.writeString(tmp.resolve("round1.failed.tsv"), "# id\treason\twall_seconds\tmessage | last output line\n"
                + pool.get(4).id() + "\tTIMEOUT\t600.0\tTIMEOUT\n" + pool.get(5).id() + "\tNOT_CONVERGED\t80.0\tSCF\n");
        assertThat(si.id()).isNotEqualTo(pool.get(0).id());
        Path energies = tmp.resolve("energies.extxyz");   // the wrong file: total energies only
        try (Writer w = Files.newBufferedWriter(energies)) {
            ExtXyzWriter.write(w, Entry.of(pool.get(6).id(), pool.get(6).structure(), Map.of("energy", -210.0), "pw.x"));
        }

        var run = DescribeCommandTest.run("suggest", "--labelled", SI_SAMPLE.toString(), "--computed", round1.toString(),
                "--computed", energies.toString(),
                "--target", "formation_energy_per_atom", "--candidates", candidates.toString(), "--strategy", "random",
                "--batch", "25", "--members", "3", "--hidden", "16", "--epochs", "10", "--out", tmp.resolve("day2.extxyz").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 frames added from 2 earlier round(s); 2 failed candidates left out")
                .contains("warning: energies.extxyz: none of its 1 frames has a finite 'formation_energy_per_atom' to learn from");
        assertThat(run.out()).contains("25 of 29 candidates suggested by random, trained on 323 labelled entries of Si.extxyz and 3 computed earlier");
        // 31 candidates − the sample's own − 3 computed − 2 failed = 25 left, every one of them suggested
        assertThat(DatasetFormats.read(tmp.resolve("day2.extxyz")).ids()).hasSize(25).contains(pool.get(3).id())
                .doesNotContain(labelledId, pool.get(0).id(), pool.get(1).id(), pool.get(2).id(), pool.get(4).id(), pool.get(5).id());

        Path cut = tmp.resolve("cut.extxyz");   // a frames file cut off mid-line, as by a full disk
        String text = Files.readString(round1);
        Files.writeString(cut, text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1) + 20));
        var broken = DescribeCommandTest.run("suggest", "--labelled", SI_SAMPLE.toString(), "--computed", cut.toString(),
                "--target", "formation_energy_per_atom", "--candidates", candidates.toString(), "--batch", "2");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("cut.extxyz:3:");
    }

    @Test void moreThanTheUnlabelledCandidatesOrAnUnknownStrategyIsBadInput() {
        var tooMany = suggest("random", 31, tmp.resolve("x.extxyz"));
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).contains("candidates.extxyz", "asked for 31 suggestions but only 30 candidates are not labelled already");
        var unknown = suggest("greedy", 3, tmp.resolve("y.extxyz"));
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown strategy 'greedy'");
        assertThat(tmp.resolve("x.extxyz")).doesNotExist();
    }
}
