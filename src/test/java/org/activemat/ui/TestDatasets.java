package org.activemat.ui;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.ExtXyzWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small synthetic silicon datasets for UI tests: random cells of 2–16 atoms whose energy per atom depends smoothly
 * on density, so a model can learn it. Not physics — the real samples carry DFT labels — just fast, varied input.
 */
public final class TestDatasets {
    private TestDatasets() {}

    public static List<Entry> silicon(int n, long seed) {
        Random rnd = new Random(seed);
        List<Entry> out = new ArrayList<>();
        Element si = Element.of("Si");
        int[] sizes = {2, 4, 6, 8, 12, 16};
        for (int k = 0; k < n; k++) {
            int m = sizes[rnd.nextInt(sizes.length)];
            double a = 5.43 * Math.cbrt(m / 8.0) * (0.92 + 0.16 * rnd.nextDouble());
            // jittered points of a 3×3×3 grid (distinct cells, stride 7): random, yet at least 0.2 a ≥ 0.6 Å apart,
            // above the 0.5 Å the readers require
            double[][] pos = new double[m][3];
            for (int i = 0; i < m; i++) {
                int g = (i * 7 + k) % 27;
                int[] cell = {g % 3, g / 3 % 3, g / 9};
                for (int d = 0; d < 3; d++) pos[i][d] = (cell[d] + 0.3 + 0.4 * rnd.nextDouble()) / 3 * a;
            }
            Structure s = new Structure(Lattice.cubic(a), Collections.nCopies(m, si), pos);
            double perAtomVolume = a * a * a / m;
            double e = -5.42 + 0.004 * Math.pow(perAtomVolume - 20.0, 2) + 0.01 * rnd.nextGaussian();
            Map<String, Double> props = new LinkedHashMap<>();
            props.put("energy", e * m);
            props.put("energy_per_atom", e);
            out.add(Entry.of("si-" + k, s, props, "synthetic"));
        }
        return out;
    }

    public static Dataset siliconDataset(int n, long seed) {
        return new Dataset("synthetic Si", silicon(n, seed), Map.of("format", "memory"));
    }

    public static Path writeExtXyz(Path dir, String name, int n, long seed) throws IOException {
        Path f = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(f)) {
            ExtXyzWriter.write(w, silicon(n, seed));
        }
        return f;
    }
}
