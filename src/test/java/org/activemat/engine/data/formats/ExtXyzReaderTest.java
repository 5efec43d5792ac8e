package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtXyzReaderTest {
    @TempDir Path dir;

    static final String ASE_FRAME = """
            2
            Lattice="0.0 2.715 2.715 2.715 0.0 2.715 2.715 2.715 0.0" Properties=species:S:1:pos:R:3:forces:R:3:tags:I:1 energy=-10.84 config_type=bulk stress="1 2 3 4 5 6 7 8 9" pbc="T T T"
            Si 0.0 0.0 0.0 0.01 -0.02 0.03 0
            Si 1.3575 1.3575 1.3575 -0.01 0.02 -0.03 1
            """;

    @Test void aseFrameWithForcesPropertiesAndInfo() throws Exception {
        Dataset d = read(write(dir, "si.extxyz", ASE_FRAME + ASE_FRAME.replace("energy=-10.84", "energy=nan id=second")));
        assertThat(d.provenance()).containsEntry("format", "extxyz");
        Entry e = d.get(0);
        assertThat(e.id()).isEqualTo("si#0");
        assertThat(e.properties()).containsEntry("energy", -10.84).containsEntry("energy_per_atom", -5.42)
                .doesNotContainKey("pbc");
        assertThat(e.info()).containsEntry("config_type", "bulk");
        assertThat(e.siteArrays().get("forces")[1]).containsExactly(-0.01, 0.02, -0.03);
        assertThat(e.siteArrays()).doesNotContainKey("tags");
        assertThat(e.structure().volume()).isCloseTo(40.03, within(0.01));
        assertThat(d.get(1).id()).isEqualTo("second");
        assertThat(d.get(1).property("energy").getAsDouble()).isNaN();
    }

    @Test void writerOutputReadsBackToTheSameEntries() throws Exception {
        List<Entry> entries = randomEntries(5, 7);
        Path p = dir.resolve("round.xyz");
        try (Writer w = Files.newBufferedWriter(p)) {
            ExtXyzWriter.write(w, entries);
        }
        Dataset d = read(p);
        assertThat(d.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            Entry a = entries.get(i), b = d.get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.properties()).isEqualTo(a.properties());
            assertThat(b.info()).isEqualTo(a.info());
            assertThat(b.structure().lattice().matrix()[1]).containsExactly(a.structure().lattice().matrix()[1]);
            for (int s = 0; s < a.structure().size(); s++) {
                assertThat(b.structure().species(s)).isEqualTo(a.structure().species(s));
                assertThat(b.structure().position(s)).containsExactly(a.structure().position(s)); // exact round trip
                assertThat(b.siteArrays().get("forces")[s]).containsExactly(a.siteArrays().get("forces")[s]);
            }
        }
    }

    @Test void brokenFramesNameLineAndExpectation() throws Exception {
        error(write(dir, "count.xyz", "two\nLattice=\"1 0 0 0 1 0 0 0 1\"\nSi 0 0 0\n"), "1", "number of atoms");
        error(write(dir, "trunc.xyz", ASE_FRAME.lines().limit(3).reduce("", (a, b) -> a + b + "\n")), "3",
                "file ends inside frame 1", "expected 2 atom lines");
        error(write(dir, "lat.xyz", ASE_FRAME.replace("2.715 2.715 0.0\"", "2.715\"")), "2", "Lattice with 9 numbers");
        error(write(dir, "el.xyz", ASE_FRAME.replace("Si 0.0", "Qq 0.0")), "3", "unknown element 'Qq'");
        error(write(dir, "num.xyz", ASE_FRAME.replace("1.3575 1.3575 1.3575", "1.3575 x 1.3575")), "4", "expected a number for pos");
        error(write(dir, "cols.xyz", ASE_FRAME.replace(" -0.01 0.02 -0.03 1", "")), "4", "expected 8 columns");
        error(write(dir, "nolat.xyz", "1\nenergy=1\nSi 0 0 0\n"), "2", "expected Lattice=");
        error(write(dir, "empty.xyz", "\n\n"), "1", "empty");
    }

    /** What Windows editors save: a byte-order mark and CRLF line ends; the same entries, and line numbers still count. */
    @Test void aByteOrderMarkAndCrlfLineEndsAreAccepted() throws Exception {
        String two = ASE_FRAME + ASE_FRAME.replace("energy=-10.84", "id=second");
        Dataset d = read(write(dir, "win.xyz", "\uFEFF" + two.replace("\n", "\r\n")));
        assertThat(d.ids()).containsExactly("win#0", "second");
        assertThat(d.get(0).properties()).containsEntry("energy", -10.84);
        assertThat(d.get(1).siteArrays().get("forces")[1]).containsExactly(-0.01, 0.02, -0.03);
        error(write(dir, "winbad.xyz", "\uFEFF" + two.replace("Si 1.3575", "Qq 1.3575").replace("\n", "\r\n")), "4", "unknown element 'Qq'");
    }

    /** 8 000 frames of 8–10 atoms with forces (~12 MB) must load in seconds; the bound is generous for a loaded CI machine. */
    @Test void eightThousandFramesLoadQuickly() throws Exception {
        List<Entry> entries = randomEntries(8000, 8);
        Path p = dir.resolve("big.extxyz");
        try (Writer w = Files.newBufferedWriter(p)) {
            ExtXyzWriter.write(w, entries);
        }
        long bytes = Files.size(p);
        long t0 = System.nanoTime();
        Dataset d = DatasetFormats.read(p);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ExtXyzReader: %d frames, %.1f MB in %.2f s%n", d.size(), bytes / 1e6, seconds);
        assertThat(bytes).isGreaterThan(8_000_000);
        assertThat(d.size()).isEqualTo(8000);
        assertThat(seconds).as("seconds to read %d MB", bytes / 1_000_000).isLessThan(30.0); // ~1 s on an idle 2-core machine
    }

    static List<Entry> randomEntries(int n, int minAtoms) {
        Random rnd = new Random(42);
        List<Element> pool = List.of(Element.of("Si"), Element.of("O"), Element.of("Ti"));
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int atoms = minAtoms + rnd.nextInt(3);
            Lattice lat = Lattice.fromParameters(5 + rnd.nextDouble(), 5 + rnd.nextDouble(), 5 + rnd.nextDouble(), 90, 95, 100);
            List<Element> sp = new ArrayList<>();
            double[][] frac = new double[atoms][];
            double[][] forces = new double[atoms][];
            // jittered points of a 3×3×3 grid: random, yet never closer than the readers' 0.5 Å minimum
            List<Integer> cells = new ArrayList<>();
            for (int g = 0; g < 27; g++) cells.add(g);
            java.util.Collections.shuffle(cells, rnd);
            for (int a = 0; a < atoms; a++) {
                sp.add(pool.get(rnd.nextInt(pool.size())));
                int g = cells.get(a);
                frac[a] = new double[]{(g % 3 + 0.3 * rnd.nextDouble()) / 3, (g / 3 % 3 + 0.3 * rnd.nextDouble()) / 3,
                        (g / 9 + 0.3 * rnd.nextDouble()) / 3};
                forces[a] = new double[]{rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
            }
            Structure s = Structure.fromFractional(lat, sp, frac);
            Map<String, Double> props = new LinkedHashMap<>();
            props.put("energy", -5.0 * atoms + rnd.nextGaussian());
            props.put("energy_per_atom", props.get("energy") / atoms);
            out.add(new Entry("frame-" + i, s, null, props, Map.of("forces", forces), Map.of("config_type", "md run"), "test"));
        }
        return out;
    }
}
