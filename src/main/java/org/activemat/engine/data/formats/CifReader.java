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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CIF 1.1 crystal structures, one entry per data block with a cell: _cell_length_* / _cell_angle_*, the atom_site loop
 * (_atom_site_fract_x/y/z, _atom_site_type_symbol or the element at the start of _atom_site_label) and the symmetry
 * operators (_symmetry_equiv_pos_as_xyz or _space_group_symop_operation_xyz) applied to every site, keeping one copy of
 * sites that map onto each other (closer than 0.01 Å). Without operators the block must be P1.
 * Partially occupied sites (_atom_site_occupancy below 1) are rejected. Numbers may carry uncertainties: "5.431(2)".
 */
public final class CifReader implements DatasetReader {
    private static final double SAME_SITE_ANGSTROM = 0.01;

    @Override public String format() { return "cif"; }

    @Override public boolean accepts(Path file) { return DataFiles.plainName(file).endsWith(".cif"); }

    /** One data block: single tag values and loops, by lower-case tag. */
    private static final class Block {
        final String name;
        final int line;
        final Map<String, CifTokens.Token> single = new HashMap<>();
        final Map<String, List<CifTokens.Token>> columns = new HashMap<>();

        Block(String name, int line) { this.name = name; this.line = line; }

        List<CifTokens.Token> values(String tag) {
            if (columns.containsKey(tag)) return columns.get(tag);
            CifTokens.Token t = single.get(tag);
            return t == null ? null : List.of(t);
        }
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        List<String> lines;
        try (BufferedReader in = DataFiles.reader(file)) {
            lines = in.lines().toList();
        }
        List<Block> blocks = blocks(file, CifTokens.tokenize(lines));
        List<Entry> entries = new ArrayList<>();
        for (Block b : blocks) {
            if (b.values("_cell_length_a") == null) continue;
            entries.add(new Entry(b.name, structure(file, b), null, Map.of(), Map.of(), Map.of(), "cif"));
        }
        if (entries.isEmpty()) throw new DataFormatException(file, "1", "expected a data_ block with _cell_length_a …, found none");
        return new Dataset(Provenance.stem(file), entries, Provenance.of(file, format()));
    }

    private static List<Block> blocks(Path file, List<CifTokens.Token> tokens) throws DataFormatException {
        List<Block> blocks = new ArrayList<>();
        Block cur = null;
        int i = 0;
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            if (t.startsWith("data_")) {
                cur = new Block(t.text().substring(5), t.line());
                blocks.add(cur);
                i++;
            } else if (cur == null) {
                throw DataFormatException.atLine(file, t.line(), "expected a 'data_' block header, found '" + t.text() + "'");
            } else if (t.is("loop_")) {
                i = loop(file, tokens, i + 1, cur);
            } else if (t.isTag()) {
                if (i + 1 >= tokens.size() || tokens.get(i + 1).isTag() || tokens.get(i + 1).is("loop_"))
                    throw DataFormatException.atLine(file, t.line(), "expected a value for " + t.text());
                cur.single.put(t.text().toLowerCase(Locale.ROOT), tokens.get(i + 1));
                i += 2;
            } else {
                throw DataFormatException.atLine(file, t.line(), "expected a tag (_name) or loop_, found '" + t.text() + "'");
            }
        }
        if (blocks.isEmpty()) throw new DataFormatException(file, "1", "expected a 'data_' block, but the file has none");
        return blocks;
    }

    private static int loop(Path file, List<CifTokens.Token> tokens, int i, Block b) throws DataFormatException {
        List<String> tags = new ArrayList<>();
        int loopLine = i < tokens.size() ? tokens.get(i).line() : 0;
        while (i < tokens.size() && tokens.get(i).isTag()) tags.add(tokens.get(i++).text().toLowerCase(Locale.ROOT));
        if (tags.isEmpty()) throw DataFormatException.atLine(file, loopLine, "expected tags after loop_");
        List<CifTokens.Token> values = new ArrayList<>();
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            if (t.isTag() || t.is("loop_") || t.startsWith("data_")) break;
            values.add(t);
            i++;
        }
        if (values.size() % tags.size() != 0) {
            int last = values.isEmpty() ? loopLine : values.get(values.size() - 1).line();
            throw DataFormatException.atLine(file, last, "loop of " + tags.size() + " tags (" + tags.get(0) + " …) has "
                    + values.size() + " values; expected a multiple of " + tags.size());
        }
        for (int c = 0; c < tags.size(); c++) {
            List<CifTokens.Token> col = new ArrayList<>();
            for (int k = c; k < values.size(); k += tags.size()) col.add(values.get(k));
            b.columns.put(tags.get(c), col);
        }
        return i;
    }

    private static Structure structure(Path file, Block b) throws DataFormatException {
        double[] cell = new double[6];
        String[] cellTags = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};
        for (int k = 0; k < 6; k++) {
            List<CifTokens.Token> v = b.values(cellTags[k]);
            if (v == null) throw DataFormatException.atLine(file, b.line, "block data_" + b.name + ": expected " + cellTags[k]);
            cell[k] = number(file, v.get(0), cellTags[k]);
        }
        Lattice lattice;
        try {
            lattice = Lattice.fromParameters(cell[0], cell[1], cell[2], cell[3], cell[4], cell[5]);
        } catch (IllegalArgumentException e) {
            throw DataFormatException.atLine(file, b.values("_cell_length_a").get(0).line(), "cell: " + e.getMessage());
        }
        List<SymmetryOperation> ops = operations(file, b);
        List<CifTokens.Token> fx = b.values("_atom_site_fract_x"), fy = b.values("_atom_site_fract_y"), fz = b.values("_atom_site_fract_z");
        if (fx == null || fy == null || fz == null)
            throw DataFormatException.atLine(file, b.line, "block data_" + b.name + ": expected an atom_site loop with "
                    + "_atom_site_fract_x, _y and _z (Cartesian-only CIFs are not supported)");
        List<CifTokens.Token> symbols = b.values("_atom_site_type_symbol");
        List<CifTokens.Token> labels = b.values("_atom_site_label");
        List<CifTokens.Token> occ = b.values("_atom_site_occupancy");
        if (symbols == null && labels == null)
            throw DataFormatException.atLine(file, fx.get(0).line(), "expected _atom_site_type_symbol or _atom_site_label");
        List<Element> species = new ArrayList<>();
        List<double[]> frac = new ArrayList<>();
        for (int i = 0; i < fx.size(); i++) {
            CifTokens.Token sym = symbols != null ? symbols.get(i) : labels.get(i);
            Element e = element(file, sym);
            if (occ != null && !occ.get(i).text().equals("?") && !occ.get(i).text().equals(".")
                    && number(file, occ.get(i), "_atom_site_occupancy") < 1 - 1e-3)
                throw DataFormatException.atLine(file, occ.get(i).line(), "partial occupancy " + occ.get(i).text()
                        + " is not supported; expected an ordered structure (occupancy 1)");
            double[] f = {number(file, fx.get(i), "_atom_site_fract_x"), number(file, fy.get(i), "_atom_site_fract_y"),
                    number(file, fz.get(i), "_atom_site_fract_z")};
            for (SymmetryOperation op : ops) {
                double[] g = wrap(op.apply(f));
                int same = find(lattice, frac, g);
                if (same < 0) {
                    frac.add(g);
                    species.add(e);
                } else if (species.get(same) != e) {
                    throw DataFormatException.atLine(file, fx.get(i).line(), "site " + sym.text() + " maps onto a " + species.get(same)
                            + " site under the symmetry operators; expected distinct positions for different elements");
                }
            }
        }
        return Structure.fromFractional(lattice, species, frac.toArray(new double[0][]));
    }

    private static List<SymmetryOperation> operations(Path file, Block b) throws DataFormatException {
        List<CifTokens.Token> ops = b.values("_space_group_symop_operation_xyz");
        if (ops == null) ops = b.values("_symmetry_equiv_pos_as_xyz");
        List<SymmetryOperation> out = new ArrayList<>();
        if (ops == null) {
            List<CifTokens.Token> hm = b.values("_symmetry_space_group_name_h-m");
            if (hm == null) hm = b.values("_space_group_name_h-m_alt");
            if (hm != null && !hm.get(0).text().replace(" ", "").equalsIgnoreCase("P1"))
                throw DataFormatException.atLine(file, hm.get(0).line(), "space group '" + hm.get(0).text() + "' without "
                        + "symmetry operators; expected _symmetry_equiv_pos_as_xyz or _space_group_symop_operation_xyz");
            out.add(SymmetryOperation.parse("x,y,z"));
            return out;
        }
        for (CifTokens.Token t : ops) {
            try {
                out.add(SymmetryOperation.parse(t.text()));
            } catch (IllegalArgumentException e) {
                throw DataFormatException.atLine(file, t.line(), e.getMessage());
            }
        }
        return out;
    }

    private static Element element(Path file, CifTokens.Token t) throws DataFormatException {
        String s = t.text();
        int n = 0;
        while (n < s.length() && n < 2 && Character.isLetter(s.charAt(n))) n++;
        // "Ti1", "O2-", "Fe3+": try the two-letter symbol first, then one letter
        if (n == 2 && Character.isLowerCase(s.charAt(1))) {
            var two = Element.find(s.substring(0, 2));
            if (two.isPresent() && s.substring(0, 2).equals(two.get().symbol())) return two.get();
        }
        if (n >= 1) {
            var one = Element.find(s.substring(0, 1));
            if (one.isPresent() && s.substring(0, 1).equalsIgnoreCase(one.get().symbol())) return one.get();
        }
        throw DataFormatException.atLine(file, t.line(), "unknown element in '" + s + "'; expected a symbol such as Ti or O2-");
    }

    private static double number(Path file, CifTokens.Token t, String tag) throws DataFormatException {
        String s = t.text();
        int paren = s.indexOf('(');
        if (paren > 0) s = s.substring(0, paren); // standard uncertainty
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // fall through
        }
        throw DataFormatException.atLine(file, t.line(), "expected a number for " + tag + ", found '" + t.text() + "'");
    }

    private static double[] wrap(double[] f) {
        double[] g = new double[3];
        for (int k = 0; k < 3; k++) {
            g[k] = f[k] - Math.floor(f[k]);
            if (g[k] > 1 - 1e-9) g[k] = 0;
        }
        return g;
    }

    /** Index of a site within SAME_SITE_ANGSTROM of g (periodic images included), or -1. */
    private static int find(Lattice lattice, List<double[]> sites, double[] g) {
        for (int i = 0; i < sites.size(); i++) {
            double[] d = new double[3];
            for (int k = 0; k < 3; k++) {
                d[k] = g[k] - sites.get(i)[k];
                d[k] -= Math.rint(d[k]);
            }
            double[] c = lattice.toCartesian(d);
            if (Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) < SAME_SITE_ANGSTROM) return i;
        }
        return -1;
    }
}
