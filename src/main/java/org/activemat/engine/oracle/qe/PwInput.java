package org.activemat.engine.oracle.qe;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.formats.EscapedText;
import org.activemat.engine.oracle.Candidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the pw.x input for one SCF calculation with forces and stress: ibrav = 0, Å throughout. */
public final class PwInput {
    private PwInput() {}

    /** Monkhorst–Pack mesh with at most kSpacing Å⁻¹ between points: n_i = max(1, ceil(2π / (w_i · kSpacing))), w_i the cell's width. */
    public static int[] kMesh(Lattice lattice, double kSpacing) {
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            double b = 2 * Math.PI / lattice.perpendicularWidth(i);
            n[i] = Math.max(1, (int) Math.ceil(b / kSpacing - 1e-6));
        }
        return n;
    }

    /**
     * The inputs whose outputs such a folder reads back: one per candidate, DIR/stem.in (stem from the id), for
     * running elsewhere; nothing is computed.
     */
    public static void writeAll(Path dir, List<Candidate> candidates,
                                QeSettings q) throws IOException {
        Files.createDirectories(dir);
        StringBuilder index = new StringBuilder("# file\tid (each structure's input is DIR/file; its output goes beside it as the same stem + .out)\n");
        for (var c : candidates) {
            String stem = DataFiles.fileStem(c.id());
            DataFiles.writeNew(dir.resolve(stem + ".in"), write(c.structure(), q));
            index.append(stem).append(".in\t").append(EscapedText.escape(c.id())).append('\n');
        }
        DataFiles.writeNew(dir.resolve("ids.tsv"), index.toString());
    }

    public static String write(Structure s, QeSettings q) { return write(s, q, kMesh(s.lattice(), q.kSpacing())); }

    /** The input text; kMesh overrides the spacing rule (e.g. Γ only for a molecule in a box). */
    public static String write(Structure s, QeSettings q, int[] kMesh) {
        List<Element> species = new ArrayList<>();
        for (Element e : s.species()) if (!species.contains(e)) species.add(e);
        StringBuilder b = new StringBuilder(1024);
        b.append("&CONTROL\n")
                .append("  calculation = 'scf'\n")
                .append("  prefix = 'activemat'\n")
                .append("  outdir = './out'\n")
                .append("  pseudo_dir = '").append(q.pseudoDir().toAbsolutePath()).append("'\n")
                .append("  tprnfor = .true.\n")
                .append("  tstress = .true.\n")
                .append("  disk_io = 'none'\n")
                .append("/\n");
        b.append("&SYSTEM\n")
                .append("  ibrav = 0\n")
                .append("  nat = ").append(s.size()).append('\n')
                .append("  ntyp = ").append(species.size()).append('\n')
                .append("  ecutwfc = ").append(QeSettings.fmt(q.ecutwfc())).append('\n')
                .append("  ecutrho = ").append(QeSettings.fmt(q.ecutrho())).append('\n')
                .append("  occupations = 'smearing'\n")
                .append("  smearing = '").append(q.smearing()).append("'\n")
                .append("  degauss = ").append(QeSettings.fmt(q.degauss())).append('\n');
        if (q.spinPolarised()) {
            b.append("  nspin = 2\n");
            for (int t = 0; t < species.size(); t++) {
                Double m = q.startingMagnetization().get(species.get(t).symbol());
                if (m != null) b.append("  starting_magnetization(").append(t + 1).append(") = ").append(QeSettings.fmt(m)).append('\n');
            }
        }
        b.append("/\n");
        b.append("&ELECTRONS\n")
                .append("  conv_thr = ").append(String.format(Locale.ROOT, "%.1e", q.convThrPerAtom() * s.size())).append('\n')
                .append("  mixing_beta = ").append(QeSettings.fmt(q.mixingBeta())).append('\n')
                .append("  electron_maxstep = ").append(q.electronMaxstep()).append('\n')
                .append("/\n");
        b.append("ATOMIC_SPECIES\n");
        for (Element e : species)
            b.append(String.format(Locale.ROOT, "%-2s %9.4f %s%n", e.symbol(), e.atomicMass(), q.pseudopotential(e)));
        b.append("CELL_PARAMETERS angstrom\n");
        double[][] m = s.lattice().matrix();
        for (double[] row : m) b.append(String.format(Locale.ROOT, "  %16.10f %16.10f %16.10f%n", row[0], row[1], row[2]));
        b.append("ATOMIC_POSITIONS angstrom\n");
        for (int i = 0; i < s.size(); i++) {
            double[] p = s.position(i);
            b.append(String.format(Locale.ROOT, "%-2s %16.10f %16.10f %16.10f%n", s.species(i).symbol(), p[0], p[1], p[2]));
        }
        b.append("K_POINTS automatic\n")
                .append(kMesh[0]).append(' ').append(kMesh[1]).append(' ').append(kMesh[2]).append(" 0 0 0\n");
        return b.toString();
    }
}
