package org.activemat.engine.data.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CifReaderTest {
    @TempDir Path dir;

    /** Rutile in P4_2/mnm (No. 136): two asymmetric sites expand to Ti2O4. */
    static final String RUTILE = """
            # rutile, hand-written from the standard setting
            data_rutile
            _cell_length_a    4.5940(3)
            _cell_length_b    4.5940(3)
            _cell_length_c    2.9590(2)
            _cell_angle_alpha 90
            _cell_angle_beta  90
            _cell_angle_gamma 90
            _symmetry_space_group_name_H-M 'P 42/m n m'
            loop_
            _symmetry_equiv_pos_as_xyz
            'x, y, z'  '-x, -y, z'  '-y+1/2, x+1/2, z+1/2'  'y+1/2, -x+1/2, z+1/2'
            '-x+1/2, y+1/2, -z+1/2'  'x+1/2, -y+1/2, -z+1/2'  'y, x, -z'  '-y, -x, -z'
            '-x, -y, -z'  'x, y, -z'  'y+1/2, -x+1/2, -z+1/2'  '-y+1/2, x+1/2, -z+1/2'
            'x+1/2, -y+1/2, z+1/2'  '-x+1/2, y+1/2, z+1/2'  '-y, -x, z'  'y, x, z'
            loop_
            _atom_site_label
            _atom_site_type_symbol
            _atom_site_fract_x
            _atom_site_fract_y
            _atom_site_fract_z
            _atom_site_occupancy
            Ti1 Ti4+ 0.0 0.0 0.0 1.0
            O1 O2- 0.3053(2) 0.3053(2) 0.0 1.0
            """;

    @Test void symmetryOperatorsExpandAndDuplicatesAreRemoved() throws Exception {
        Dataset d = read(write(dir, "rutile.cif", RUTILE));
        assertThat(d.provenance()).containsEntry("format", "cif");
        Entry e = d.get(0);
        assertThat(e.id()).isEqualTo("rutile");
        Structure s = e.structure();
        assertThat(s.size()).isEqualTo(6);
        assertThat(e.formula()).isEqualTo("TiO2");
        assertThat(s.volume()).isCloseTo(4.594 * 4.594 * 2.959, within(1e-9));
        // the body-centre Ti comes from the 4_2 screw operators
        boolean centre = false;
        for (int i = 0; i < s.size(); i++) {
            double[] f = s.fractional(i);
            if (s.species(i).symbol().equals("Ti") && Math.abs(f[0] - 0.5) < 1e-9 && Math.abs(f[2] - 0.5) < 1e-9) centre = true;
        }
        assertThat(centre).isTrue();
    }

    @Test void materialsProjectCifsInTheTiO2EntriesGiveTheEntryStructures() throws Exception {
        Path json = SharedDataReadersTest.shared("pymatgen-core/TiO2_entries.json");
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (int i = 0; i < root.size(); i++) {
            String cif = root.get(i).path("data").path("cif").asText();
            Entry fromCif = read(write(dir, "mp" + i + ".cif", cif)).get(0);
            Structure ref = DatasetFormats.read(json).get(i).structure();
            assertThat(fromCif.structure().size()).as("entry %d", i).isEqualTo(ref.size());
            assertThat(fromCif.formula()).isEqualTo("TiO2");
            assertThat(fromCif.structure().volume()).isCloseTo(ref.volume(), within(1e-3 * ref.volume()));
        }
    }

    @Test void brokenCifsNameTheLine() throws Exception {
        error(write(dir, "occ.cif", RUTILE.replace("0.0 0.0 0.0 1.0", "0.0 0.0 0.0 0.5")), "23", "partial occupancy 0.5");
        error(write(dir, "count.cif", RUTILE.replace("O1 O2- 0.3053(2) 0.3053(2) 0.0 1.0", "O1 O2- 0.3053 0.3053 0.0")), "24",
                "has 11 values; expected a multiple of 6");
        error(write(dir, "el.cif", RUTILE.replace("Ti1 Ti4+", "Q1 Q")), "23", "unknown element in 'Q'");
        error(write(dir, "op.cif", RUTILE.replace("'-x, -y, z'", "'-x, -q, z'")), "12", "component 2", "'-x, -q, z'");
        error(write(dir, "noops.cif", RUTILE.replaceAll("(?s)loop_\\n_symmetry_equiv_pos_as_xyz.*?'y, x, z'\\n", "")), "9",
                "without symmetry operators");
        error(write(dir, "num.cif", RUTILE.replace("_cell_length_c    2.9590(2)", "_cell_length_c    abc")), "5",
                "expected a number for _cell_length_c");
        error(write(dir, "none.cif", "# nothing here\n"), "1", "expected a 'data_' block");
    }
}
