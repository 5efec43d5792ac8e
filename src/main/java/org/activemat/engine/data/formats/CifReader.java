package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.Ids;
import org.activemat.engine.data.MemoryBudget;

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
 * operators (_symmetry_equiv_pos_as_xyz or _space_group_symop_operation_xyz) applied to every site ({@link CifSites}).
 * Without operators the block must be P1. Partially occupied sites (_atom_site_occupancy below 1) are rejected.
 * Numbers may carry uncertainties: "5.431(2)". The id is the block name, or _activemat_id where ActiveMat wrote one
 * (a quoted, escaped id that any text survives, see {@link EscapedText}).
 */
public final class CifReader implements DatasetReader {
    /** CIFs are small; the token list of a large one would not fit a 1 GB heap. */
    static final long MAX_BYTES = 32L << 20;
    /** The most operations a space group has (Fm-3m in its conventional cell). */
    static final int MAX_OPERATIONS = 192;

    @Override public String format() { return "cif"; }

    @Override public boolean accepts(Path file) { return DataFiles.plainName(file).endsWith(".cif"); }

    /** One data block: single tag values and loops, by lower-case tag. */
    private static final class Block {
        final String name;
        final long line;
        final Map<String, CifTokens.Token> single = new HashMap<>();
        final Map<String, List<CifTokens.Token>> columns = new HashMap<>();

        Block(String name, long line) { this.name = name; this.line = line; }

        List<CifTokens.Token> values(String tag) {
            if (columns.containsKey(tag)) return columns.get(tag);
            CifTokens.Token t = single.get(tag);
            return t == null ? null : List.of(t);
        }
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        List<CifTokens.Token> tokens;
        try (TextLines in = new TextLines(file, MAX_BYTES)) {
            tokens = CifTokens.tokenize(in);
        }
        List<Block> blocks = blocks(file, tokens);
        List<Entry> entries = new ArrayList<>();
        MemoryBudget budget = new MemoryBudget();
        for (Block b : blocks) {
            if (b.values("_cell_length_a") == null) continue;
            Entry e = new Entry(id(file, b), structure(file, b), null, Map.of(), Map.of(), Map.of(), "cif");
            String full = budget.add(e);
            if (full != null) throw DataFormatException.atLine(file, b.line, full);
            entries.add(e);
        }
        if (entries.isEmpty()) throw new DataFormatException(file, "1", "expected a data_ block with _cell_length_a …, found none");
        return new Dataset(Provenance.stem(file), entries, Provenance.of(file, format()));
    }

    private static String id(Path file, Block b) throws DataFormatException {
        CifTokens.Token t = b.single.get("_activemat_id");
        String id = b.name;
        long line = b.line;
        if (t != null) {
            String s = t.text();
            id = s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? EscapedText.unescape(s.substring(1, s.length() - 1)) : s;
            line = t.line();
        }
        String bad = Ids.problem(id);
        if (bad != null) throw DataFormatException.atLine(file, line, "block data_" + b.name + ": " + bad);
        return id;
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
                throw DataFormatException.atLine(file, t.line(), "expected a 'data_' block header, found '" + ExtXyzReader.abbreviate(t.text()) + "'");
            } else if (t.is("loop_")) {
                i = loop(file, tokens, i + 1, cur, t.line());
            } else if (t.isTag()) {
                if (i + 1 >= tokens.size() || tokens.get(i + 1).isTag() || tokens.get(i + 1).is("loop_")
                        || tokens.get(i + 1).startsWith("data_"))
                    throw DataFormatException.atLine(file, t.line(), "expected a value for " + ExtXyzReader.abbreviate(t.text()));
                cur.single.put(t.text().toLowerCase(Locale.ROOT), tokens.get(i + 1));
                i += 2;
            } else {
                throw DataFormatException.atLine(file, t.line(), "expected a tag (_name) or loop_, found '" + ExtXyzReader.abbreviate(t.text()) + "'");
            }
        }
        if (blocks.isEmpty()) throw new DataFormatException(file, "1", "expected a 'data_' block, but the file has none");
        return blocks;
    }

    private static int loop(Path file, List<CifTokens.Token> tokens, int i, Block b, long loopLine) throws DataFormatException {
        List<String> tags = new ArrayList<>();
        long lastTagLine = loopLine;
        while (i < tokens.size() && tokens.get(i).isTag()) {
            lastTagLine = tokens.get(i).line();
            tags.add(tokens.get(i++).text().toLowerCase(Locale.ROOT));
        }
        if (tags.isEmpty()) throw DataFormatException.atLine(file, loopLine, "expected tags after loop_");
        List<CifTokens.Token> values = new ArrayList<>();
        while (i < tokens.size()) {
            CifTokens.Token t = tokens.get(i);
            if (t.isTag() || t.is("loop_") || t.startsWith("data_")) break;
            values.add(t);
            i++;
        }
        if (values.isEmpty())
            throw DataFormatException.atLine(file, lastTagLine, "expected values after the loop_ tags (" + tags.get(0)
                    + " …), found " + (i < tokens.size() ? "'" + ExtXyzReader.abbreviate(tokens.get(i).text()) + "'" : "the end of the file"));
        if (values.size() % tags.size() != 0) {
            long last = values.get(values.size() - 1).line();
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
            if (v.size() != 1) throw DataFormatException.atLine(file, v.get(0).line(), "expected one value for " + cellTags[k] + ", found " + v.size());
            cell[k] = number(file, v.get(0), cellTags[k]);
        }
        long cellLine = b.values("_cell_length_a").get(0).line();
        String impossible = StructureChecks.parameterProblem(cell[0], cell[1], cell[2], cell[3], cell[4], cell[5]);
        if (impossible != null) throw DataFormatException.atLine(file, cellLine, "cell: " + impossible);
        Lattice lattice;
        try {
            lattice = Lattice.fromParameters(cell[0], cell[1], cell[2], cell[3], cell[4], cell[5]);
        } catch (IllegalArgumentException e) {
            throw DataFormatException.atLine(file, cellLine, "cell: " + e.getMessage());
        }
        List<SymmetryOperation> ops = operations(file, b);
        List<CifSites.Site> asym = asymmetricSites(file, b);
        List<CifSites.Site> sites = CifSites.expand(file, lattice, asym, ops);
        List<Element> species = new ArrayList<>(sites.size());
        double[][] cart = new double[sites.size()][];
        for (int i = 0; i < cart.length; i++) {
            species.add(sites.get(i).element());
            cart[i] = lattice.toCartesian(sites.get(i).fractional());
        }
        StructureChecks.Problem p = StructureChecks.siteProblem(lattice, species, cart);
        if (p != null) {
            String where = p.site() < 0 ? "" : " (site " + sites.get(p.site()).label() + ")";
            throw DataFormatException.atLine(file, p.site() < 0 ? cellLine : sites.get(p.site()).line(), p.message() + where);
        }
        return new Structure(lattice, species, cart);
    }

    private static List<CifSites.Site> asymmetricSites(Path file, Block b) throws DataFormatException {
        List<CifTokens.Token> fx = b.values("_atom_site_fract_x"), fy = b.values("_atom_site_fract_y"), fz = b.values("_atom_site_fract_z");
        if (fx == null || fy == null || fz == null)
            throw DataFormatException.atLine(file, b.line, "block data_" + b.name + ": expected an atom_site loop with "
                    + "_atom_site_fract_x, _y and _z (Cartesian-only CIFs are not supported)");
        List<CifTokens.Token> symbols = b.values("_atom_site_type_symbol");
        List<CifTokens.Token> labels = b.values("_atom_site_label");
        List<CifTokens.Token> occ = b.values("_atom_site_occupancy");
        if (symbols == null && labels == null)
            throw DataFormatException.atLine(file, fx.get(0).line(), "expected _atom_site_type_symbol or _atom_site_label");
        String[] tags = {"_atom_site_fract_y", "_atom_site_fract_z", "_atom_site_type_symbol", "_atom_site_label", "_atom_site_occupancy"};
        List<List<CifTokens.Token>> others = java.util.Arrays.asList(fy, fz, symbols, labels, occ);
        for (int k = 0; k < tags.length; k++)
            if (others.get(k) != null && others.get(k).size() != fx.size())
                throw DataFormatException.atLine(file, others.get(k).get(0).line(), "expected " + fx.size() + " values of " + tags[k]
                        + ", one per _atom_site_fract_x, found " + others.get(k).size() + " (the atom_site tags belong in one loop)");
        List<CifSites.Site> out = new ArrayList<>();
        for (int i = 0; i < fx.size(); i++) {
            CifTokens.Token sym = symbols != null ? symbols.get(i) : labels.get(i);
            Element e = element(file, sym);
            if (occ != null && !occ.get(i).text().equals("?") && !occ.get(i).text().equals(".")
                    && number(file, occ.get(i), "_atom_site_occupancy") < 1 - 1e-3)
                throw DataFormatException.atLine(file, occ.get(i).line(), "partial occupancy " + ExtXyzReader.abbreviate(occ.get(i).text())
                        + " is not supported; expected an ordered structure (occupancy 1)");
            double[] f = {number(file, fx.get(i), "_atom_site_fract_x"), number(file, fy.get(i), "_atom_site_fract_y"),
                    number(file, fz.get(i), "_atom_site_fract_z")};
            for (double x : f)
                if (Math.abs(x) > 1e6) throw DataFormatException.atLine(file, fx.get(i).line(), "expected fractional coordinates, found " + x);
            out.add(new CifSites.Site(e, f, fx.get(i).line(), ExtXyzReader.abbreviate((labels != null ? labels : symbols).get(i).text())));
        }
        return out;
    }

    private static List<SymmetryOperation> operations(Path file, Block b) throws DataFormatException {
        List<CifTokens.Token> ops = b.values("_space_group_symop_operation_xyz");
        if (ops == null) ops = b.values("_symmetry_equiv_pos_as_xyz");
        List<SymmetryOperation> out = new ArrayList<>();
        if (ops == null) {
            List<CifTokens.Token> hm = b.values("_symmetry_space_group_name_h-m");
            if (hm == null) hm = b.values("_space_group_name_h-m_alt");
            if (hm != null && !hm.get(0).text().replace(" ", "").equalsIgnoreCase("P1"))
                throw DataFormatException.atLine(file, hm.get(0).line(), "space group '" + ExtXyzReader.abbreviate(hm.get(0).text())
                        + "' without symmetry operators; expected _symmetry_equiv_pos_as_xyz or _space_group_symop_operation_xyz");
            out.add(SymmetryOperation.parse("x,y,z"));
            return out;
        }
        if (ops.size() > MAX_OPERATIONS)
            throw DataFormatException.atLine(file, ops.get(0).line(), "expected at most " + MAX_OPERATIONS
                    + " symmetry operations (the most a space group has), found " + ops.size());
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
        throw DataFormatException.atLine(file, t.line(), "unknown element in '" + ExtXyzReader.abbreviate(s) + "'; expected a symbol such as Ti or O2-");
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
        throw DataFormatException.atLine(file, t.line(), "expected a number for " + tag + ", found '" + ExtXyzReader.abbreviate(t.text()) + "'");
    }
}
