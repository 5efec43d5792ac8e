package org.activemat.engine.data.formats;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

class OptimadeJsonReaderTest {
    @TempDir Path dir;

    /** Two structures as an OPTIMADE provider returns them (hand-written after the v1.1 specification). */
    static final String RESPONSE = """
            {"data": [
              {"id": "mp-2657", "type": "structures",
               "attributes": {"chemical_formula_reduced": "O2Ti", "nsites": 6,
                 "lattice_vectors": [[4.594, 0, 0], [0, 4.594, 0], [0, 0, 2.959]],
                 "cartesian_site_positions": [[0,0,0],[2.297,2.297,1.4795],[1.4026,1.4026,0],[3.1914,3.1914,0],
                                              [3.6996,0.8944,1.4795],[0.8944,3.6996,1.4795]],
                 "species_at_sites": ["Ti1", "Ti1", "O", "O", "O", "O"],
                 "species": [{"name": "Ti1", "chemical_symbols": ["Ti"], "concentration": [1.0]},
                             {"name": "O", "chemical_symbols": ["O"], "concentration": [1.0]}],
                 "_mp_formation_energy_per_atom": -3.51, "_mp_band_gap": 1.77, "_mp_stability": {"e_above_hull": 0.0},
                 "structure_features": []}},
              {"id": "mp-149", "type": "structures",
               "attributes": {"lattice_vectors": [[0, 2.7155, 2.7155], [2.7155, 0, 2.7155], [2.7155, 2.7155, 0]],
                 "cartesian_site_positions": [[0, 0, 0], [1.357750, 1.357750, 1.357750]],
                 "species_at_sites": ["Si", "Si"]}}],
             "meta": {"provider": {"name": "Materials Project"}}}
            """;

    @Test void structuresAndProviderPrefixedProperties() throws Exception {
        Dataset d = read(write(dir, "optimade.json", RESPONSE));
        assertThat(d.provenance()).containsEntry("format", "optimade-json").containsEntry("provider", "Materials Project");
        assertThat(d.ids()).containsExactly("mp-2657", "mp-149");
        Entry tio2 = d.get(0);
        assertThat(tio2.formula()).isEqualTo("TiO2");
        assertThat(tio2.properties()).containsEntry("_mp_formation_energy_per_atom", -3.51)
                .containsEntry("formation_energy_per_atom", -3.51).containsEntry("band_gap", 1.77)
                .containsEntry("_mp_stability.e_above_hull", 0.0).containsEntry("nsites", 6.0);
        assertThat(tio2.info()).containsEntry("chemical_formula_reduced", "O2Ti");
        assertThat(d.get(1).structure().volume()).isCloseTo(40.05, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test void badAttributesNameTheirPath() throws Exception {
        error(write(dir, "lv.json", RESPONSE.replace("[[4.594, 0, 0], [0, 4.594, 0], [0, 0, 2.959]]", "[[4.594, 0, 0], [0, 4.594, 0]]")),
                "$.data[0].attributes.lattice_vectors", "expected a 3×3 array");
        error(write(dir, "np.json", RESPONSE.replace("[[4.594, 0, 0], [0, 4.594, 0], [0, 0, 2.959]]",
                "[[4.594, 0, 0], [0, 4.594, 0], [null, null, null]]")), "$.data[0].attributes.lattice_vectors", "non-periodic");
        error(write(dir, "sp.json", RESPONSE.replace("\"Ti1\", \"Ti1\", \"O\"", "\"Ti1\", \"Q\", \"O\"")),
                "$.data[0].attributes.species_at_sites[1]", "unknown species 'Q'");
        error(write(dir, "dis.json", RESPONSE.replace("\"chemical_symbols\": [\"Ti\"], \"concentration\": [1.0]",
                "\"chemical_symbols\": [\"Ti\", \"Zr\"], \"concentration\": [0.5, 0.5]")),
                "$.data[0].attributes.species[0].chemical_symbols", "disordered");
        error(write(dir, "n.json", RESPONSE.replace("\"Ti1\", \"Ti1\", \"O\", \"O\", \"O\", \"O\"", "\"Ti1\", \"O\"")),
                "$.data[0].attributes.species_at_sites", "expected 6 species names");
    }
}
