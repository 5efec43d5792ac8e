package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * VASP 5 POSCAR / CONTCAR: comment, scale (negative = target volume in Å³, or three per-axis factors),
 * three lattice vectors, element symbols, counts, optional "Selective dynamics", Direct or Cartesian, positions.
 * One structure per file; the id is the file name. POTCAR-style symbols ("Fe_pv", "Fe/1a2b") name the element.
 */
public final class PoscarReader implements DatasetReader {

    @Override public String format() { return "poscar"; }

    @Override public boolean accepts(Path file) {
        String n = DataFiles.plainName(file);
        return n.startsWith("poscar") || n.startsWith("contcar") || n.endsWith(".vasp") || n.endsWith(".poscar");
    }

    private static final class Lines {
        final Path file;
        final BufferedReader in;
        int line;

        Lines(Path file, BufferedReader in) { this.file = file; this.in = in; }

        String next(String expected) throws IOException, DataFormatException {
            String s = in.readLine();
            line++;
            if (s == null) throw DataFormatException.atLine(file, line, "the file ends here; expected " + expected);
            return s;
        }

        DataFormatException error(String problem) { return DataFormatException.atLine(file, line, problem); }

        double[] numbers(String text, int min, String what) throws DataFormatException {
            String[] f = text.trim().split("\\s+");
            if (text.isBlank() || f.length < min) throw error("expected " + what + ", found '" + ExtXyzReader.abbreviate(text.trim()) + "'");
            double[] r = new double[min];
            for (int i = 0; i < min; i++) {
                try {
                    r[i] = Double.parseDouble(f[i]);
                } catch (NumberFormatException e) {
                    throw error("expected " + what + ", found '" + f[i] + "'");
                }
                if (!Double.isFinite(r[i])) throw error("expected finite numbers for " + what + ", found '" + f[i] + "'");
            }
            return r;
        }
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        try (BufferedReader in = DataFiles.reader(file)) {
            Lines l = new Lines(file, in);
            String comment = l.next("a comment line").trim();
            double[] scale = scale(l, l.next("the scale factor"));
            double[][] m = new double[3][];
            for (int i = 0; i < 3; i++) m[i] = l.numbers(l.next("lattice vector " + (i + 1)), 3, "lattice vector " + (i + 1) + " (3 numbers)");
            double[] f = factors(l, m, scale);
            double[][] scaled = new double[3][3];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) scaled[i][j] = m[i][j] * f[j];
            Lattice lattice = lattice(l, scaled);
            String[] symbols = l.next("a line of element symbols").trim().split("\\s+");
            if (symbols[0].matches("[0-9]+"))
                throw l.error("expected a line of element symbols (VASP 5 format); this looks like VASP 4 counts without symbols");
            List<Element> types = new ArrayList<>();
            for (String s : symbols) {
                String sym = s.split("[_/]")[0];
                types.add(Element.find(sym).orElseThrow(() -> l.error("unknown element '" + s + "'")));
            }
            String[] countText = l.next("the number of atoms of each element").trim().split("\\s+");
            if (countText.length != types.size())
                throw l.error("expected " + types.size() + " counts (one per element), found " + countText.length);
            List<Element> species = new ArrayList<>();
            for (int t = 0; t < types.size(); t++) {
                int c;
                try {
                    c = Integer.parseInt(countText[t]);
                } catch (NumberFormatException e) {
                    throw l.error("expected an atom count for " + types.get(t).symbol() + ", found '" + countText[t] + "'");
                }
                if (c < 0) throw l.error("expected a non-negative atom count, found " + c);
                for (int k = 0; k < c; k++) species.add(types.get(t));
            }
            if (species.isEmpty()) throw l.error("expected at least one atom");
            String mode = l.next("Direct or Cartesian").trim();
            if (mode.toLowerCase(Locale.ROOT).startsWith("s")) mode = l.next("Direct or Cartesian").trim();
            char k = mode.isEmpty() ? ' ' : Character.toLowerCase(mode.charAt(0));
            if (k != 'd' && k != 'c' && k != 'k')
                throw l.error("expected 'Direct' or 'Cartesian', found '" + ExtXyzReader.abbreviate(mode) + "'");
            boolean cartesian = k != 'd';
            double[][] pos = new double[species.size()][];
            for (int i = 0; i < species.size(); i++) {
                double[] p = l.numbers(l.next("the position of atom " + (i + 1) + " of " + species.size()), 3, "3 coordinates");
                // Cartesian coordinates are scaled like the lattice vectors
                pos[i] = cartesian ? new double[]{p[0] * f[0], p[1] * f[1], p[2] * f[2]} : lattice.toCartesian(p);
            }
            Structure s = new Structure(lattice, species, pos);
            String id = file.getFileName().toString();
            Map<String, String> info = comment.isEmpty() ? Map.of() : Map.of("comment", comment);
            Entry e = new Entry(id, s, null, Map.of(), Map.of(), info, "poscar");
            return new Dataset(Provenance.stem(file), List.of(e), Provenance.of(file, format()));
        }
    }

    private static double[] scale(Lines l, String text) throws DataFormatException {
        String[] f = text.trim().split("\\s+");
        double[] s = l.numbers(text, f.length >= 3 ? 3 : 1, "a scale factor (or 3 per-axis factors)");
        for (double x : s) if (x == 0) throw l.error("expected a non-zero scale factor");
        if (s.length == 3 && (s[0] < 0 || s[1] < 0 || s[2] < 0)) throw l.error("expected three positive per-axis scale factors");
        return s;
    }

    /** Per-axis factors: a negative single scale is the target cell volume (Å³), a positive one multiplies all vectors. */
    private static double[] factors(Lines l, double[][] m, double[] scale) throws DataFormatException {
        if (scale.length == 3) return scale;
        double s = scale[0] < 0 ? Math.cbrt(-scale[0] / lattice(l, m).volume()) : scale[0];
        return new double[]{s, s, s};
    }

    private static Lattice lattice(Lines l, double[][] m) throws DataFormatException {
        try {
            return new Lattice(m);
        } catch (IllegalArgumentException e) {
            throw DataFormatException.atLine(l.file, 5, "lattice: " + e.getMessage());
        }
    }

}
