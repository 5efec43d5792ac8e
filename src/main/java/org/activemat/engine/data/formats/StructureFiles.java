package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.Entry;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One structure written for the tools a materials scientist takes it to next: POSCAR for VASP (and VESTA, ASE,
 * pymatgen), CIF in P1 for any viewer, extended XYZ with everything the entry carries. The format follows the file name,
 * as the readers do.
 */
public final class StructureFiles {
    private StructureFiles() {}

    /** Writes e to file in the format its name asks for: *.vasp, POSCAR*, CONTCAR*; *.cif; anything else extended XYZ. */
    public static void write(Path file, Entry e) throws IOException {
        requireStructure(e);
        String name = DataFiles.plainName(file);
        String text;
        if (new PoscarReader().accepts(file)) text = poscar(e);
        else if (name.endsWith(".cif")) text = cif(e);
        else {
            StringWriter w = new StringWriter();
            ExtXyzWriter.write(w, e);
            text = w.toString();
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One POSCAR per entry, DIR/ID.vasp, for a VASP workflow; the folder is created. */
    public static void writePoscars(Path dir, List<Entry> entries) throws IOException {
        entries.forEach(StructureFiles::requireStructure);   // all checked before the first file is written
        Map<String, String> byName = new java.util.HashMap<>();
        for (Entry e : entries) {
            String other = byName.putIfAbsent(DataFiles.fileStem(e.id()).toLowerCase(Locale.ROOT), e.id());
            if (other != null && !other.equals(e.id()))
                throw new IllegalArgumentException("ids '" + other + "' and '" + e.id() + "' would both be written as "
                        + DataFiles.fileStem(e.id()) + ".vasp; rename one (the id itself is kept inside each file)");
        }
        Files.createDirectories(dir);
        for (Entry e : entries) DataFiles.writeNew(dir.resolve(DataFiles.fileStem(e.id()) + ".vasp"), poscar(e));
    }

    private static void requireStructure(Entry e) {
        if (!e.hasStructure()) throw new IllegalArgumentException(e.id() + " has a composition but no structure to write");
    }

    /** VASP 5: species in order of first appearance, positions grouped by species, Cartesian in Å. */
    static String poscar(Entry e) {
        Structure s = e.structure();
        Map<Element, List<double[]>> bySpecies = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) bySpecies.computeIfAbsent(s.species(i), k -> new ArrayList<>()).add(s.position(i));
        // the id in the comment line, quoted and escaped, is what PoscarReader (and VASP's CONTCAR copy) gives back
        StringBuilder b = new StringBuilder("id=").append(EscapedText.quoted(e.id())).append(" formula=").append(e.formula())
                .append(" written_by=ActiveMat\n1.0\n");
        for (double[] v : s.lattice().matrix()) b.append(row(v));
        List<String> symbols = new ArrayList<>(), counts = new ArrayList<>();
        bySpecies.forEach((el, ps) -> {
            symbols.add(el.symbol());
            counts.add(String.valueOf(ps.size()));
        });
        b.append("  ").append(String.join("  ", symbols)).append('\n');
        b.append("  ").append(String.join("  ", counts)).append("\nCartesian\n");
        bySpecies.values().forEach(ps -> ps.forEach(p -> b.append(row(p))));
        return b.toString();
    }

    /** CIF 1.1 in P1: the cell by its parameters, every atom by fractional coordinates. */
    static String cif(Entry e) {
        Structure s = e.structure();
        Lattice l = s.lattice();
        double[] len = l.lengths(), ang = l.angles();
        StringBuilder b = new StringBuilder("# written by ActiveMat\n");
        b.append("data_").append(blockName(e.id())).append('\n');
        // a block name cannot hold every id; the text field holds it quoted and escaped, one line whatever it contains
        b.append("_activemat_id\n;\"").append(EscapedText.escape(e.id())).append("\"\n;\n");
        b.append("_chemical_formula_sum '").append(e.composition().formula()).append("'\n");
        String[] cell = {"_cell_length_a", "_cell_length_b", "_cell_length_c", "_cell_angle_alpha", "_cell_angle_beta", "_cell_angle_gamma"};
        double[] values = {len[0], len[1], len[2], ang[0], ang[1], ang[2]};
        for (int i = 0; i < 6; i++) b.append(String.format(Locale.ROOT, "%-18s %.8f%n", cell[i], values[i]));
        b.append("_symmetry_space_group_name_H-M 'P 1'\nloop_\n_symmetry_equiv_pos_as_xyz\n'x, y, z'\n");
        b.append("loop_\n_atom_site_label\n_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n");
        Map<String, Integer> n = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            String sym = s.species(i).symbol();
            double[] f = s.fractional(i);
            b.append(String.format(Locale.ROOT, "%s%d %s %.10f %.10f %.10f%n", sym, n.merge(sym, 1, Integer::sum), sym, f[0], f[1], f[2]));
        }
        return b.toString();
    }

    /** Printable ASCII without blanks, at most 75 characters: what CIF 1.1 allows after data_. */
    private static String blockName(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length() && b.length() < 75; i++) {
            char c = id.charAt(i);
            b.append(c > ' ' && c < 127 ? c : '_');
        }
        return b.toString();
    }

    private static String row(double[] v) {
        return String.format(Locale.ROOT, "  %16.10f %16.10f %16.10f%n", v[0], v[1], v[2]);
    }
}
