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
import static org.assertj.core.api.Assertions.within;

class PymatgenJsonReaderTest {
    @TempDir Path dir;

    /** Rock-salt-like FeO cell, 2 sites: one in Cartesian xyz, one only in fractional abc. */
    static String structure(String matrix, String firstSpecies) {
        return """
                {"@module": "pymatgen.core.structure", "@class": "Structure",
                 "lattice": {"matrix": %s},
                 "sites": [{"species": %s, "xyz": [0.0, 0.0, 0.0], "label": "Fe"},
                           {"species": [{"element": "O", "occu": 1}], "abc": [0.5, 0.5, 0.5], "label": "O"}]}
                """.formatted(matrix, firstSpecies);
    }

    static final String CUBE = "[[4.0, 0, 0], [0, 4.0, 0], [0, 0, 4.0]]";
    static final String FE = "[{\"element\": \"Fe\", \"occu\": 1}]";

    @Test void computedStructureEntryGivesDottedAndShortPropertiesAndDerivedEnergyPerAtom() throws Exception {
        Path p = write(dir, "entries.json", """
                [{"@class": "ComputedStructureEntry", "entry_id": 25334, "energy": -12.0, "correction": -0.5,
                  "structure": %s,
                  "data": {"formation_energy_per_atom": -1.7, "band_gap": {"energy": 2.1, "direct": false},
                           "spacegroup": {"number": 225, "symbol": "Fm-3m"}, "icsd_id": 1234, "cif": "data_x"}}]
                """.formatted(structure(CUBE, FE)));
        Dataset d = read(p);
        assertThat(d.provenance()).containsEntry("format", "pymatgen-json").containsKey("sha256");
        Entry e = d.get(0);
        assertThat(e.id()).isEqualTo("25334");
        assertThat(e.structure().size()).isEqualTo(2);
        assertThat(e.structure().position(1)).containsExactly(new double[]{2, 2, 2}, within(1e-12));
        assertThat(e.properties()).containsEntry("data.formation_energy_per_atom", -1.7)
                .containsEntry("formation_energy_per_atom", -1.7)
                .containsEntry("data.band_gap.energy", 2.1).containsEntry("band_gap", 2.1)
                .containsEntry("data.spacegroup.number", 225.0)
                .containsEntry("energy", -12.0).containsEntry("energy_per_atom", -6.0)
                .doesNotContainKeys("entry_id", "data.icsd_id", "data.band_gap.direct");
    }

    @Test void computedEntryWithoutStructureIsCompositionOnly() throws Exception {
        Path p = write(dir, "comp.json", """
                [{"@class": "ComputedEntry", "entry_id": "mp-19", "energy": -30.0, "composition": {"Fe": 2, "O": 3}}]
                """);
        Entry e = read(p).get(0);
        assertThat(e.hasStructure()).isFalse();
        assertThat(e.formula()).isEqualTo("Fe2O3");
        assertThat(e.sites()).isEqualTo(5);
        assertThat(e.property("energy_per_atom").getAsDouble()).isEqualTo(-6.0);
    }

    @Test void mpApiResponseWithOutputStructureAndOidIds() throws Exception {
        Path p = TestFiles.writeGz(dir, "tasks.json.gz", """
                {"data": [{"_id": {"$oid": "5c1a81"}, "output": {"structure": %s, "energy": -10.0, "bandgap": 0.5,
                           "forces": [[0, 0, 0.1], [0, 0, -0.1]]}}]}
                """.formatted(structure(CUBE, FE)));
        Entry e = read(p).get(0);
        assertThat(e.id()).isEqualTo("5c1a81");
        assertThat(e.properties()).containsEntry("output.energy", -10.0).containsEntry("energy", -10.0)
                .containsEntry("energy_per_atom", -5.0).containsEntry("band_gap", 0.5);
        assertThat(e.siteArrays().get("forces")[1]).containsExactly(0, 0, -0.1);
    }

    @Test void pythonNaNIsReadAsANonFiniteTargetThatTheFilterCounts() throws Exception {
        Path p = write(dir, "nan.json", """
                [{"entry_id": "a", "composition": {"Fe": 1, "O": 1}, "data": {"formation_energy_per_atom": NaN}},
                 {"entry_id": "b", "composition": {"Fe": 2, "O": 3}, "data": {"formation_energy_per_atom": -1.7}}]
                """);
        Dataset d = read(p);
        assertThat(d.get(0).property("formation_energy_per_atom").getAsDouble()).isNaN();
        var r = org.activemat.engine.data.DatasetFilters.apply(d,
                org.activemat.engine.data.DatasetFilters.Settings.paper("formation_energy_per_atom"));
        assertThat(r.report().nonFiniteTarget()).isEqualTo(1);
        assertThat(r.dataset().ids()).containsExactly("b");
    }

    @Test void dictOfEntriesUsesKeysAsFallbackIds() throws Exception {
        Path p = write(dir, "refs.json", """
                {"Fe": {"@class": "ComputedEntry", "energy": -8.4, "composition": {"Fe": 1}},
                 "O": {"@class": "ComputedEntry", "energy": -9.8, "composition": {"O": 2}}}
                """);
        Dataset d = read(p);
        assertThat(d.ids()).containsExactly("Fe", "O");
        assertThat(d.get(1).property("energy_per_atom").getAsDouble()).isEqualTo(-4.9);
    }

    @Test void recordsWithoutStructureOrCompositionAreRejectedClearly() throws Exception {
        Path p = write(dir, "unary.json", "{\"Fe\": {\"jid\": \"JVASP-1\", \"energy\": -8.1}}");
        error(p, "$.Fe", "expected a structure", "composition", "jid");
    }

    @Test void wrongLatticeShapeNamesTheJsonPath() throws Exception {
        Path p = write(dir, "bad.json", "[" + structure(CUBE, FE) + ", " + "{\"structure\": "
                + structure("[[4.0, 0, 0], [0, 4.0]]", FE) + "}]");
        error(p, "$[1].structure.lattice.matrix", "expected a 3×3 array", "2 rows");
    }

    @Test void disorderedSiteIsRejected() throws Exception {
        Path p = write(dir, "dis.json", "[" + structure(CUBE, "[{\"element\": \"Fe\", \"occu\": 0.5}]") + "]");
        error(p, "$[0].sites[0].species[0].occu", "partial occupancy 0.5", "occu 1");
        Path q = write(dir, "dis2.json", "[" + structure(CUBE,
                "[{\"element\": \"Fe\", \"occu\": 0.5}, {\"element\": \"Ni\", \"occu\": 0.5}]") + "]");
        error(q, "$[0].sites[0].species", "disordered site with 2 species");
    }

    @Test void unknownElementNamesSite() throws Exception {
        Path p = write(dir, "xx.json", "[" + structure(CUBE, "[{\"element\": \"Xx\", \"occu\": 1}]") + "]");
        error(p, "$[0].sites[0].species[0].element", "unknown element 'Xx'");
    }

    @Test void truncatedJsonReportsLineAndColumn() throws Exception {
        Path p = write(dir, "cut.json", "[\n {\"entry_id\": 1,\n  \"energy\": -3.0,\n  \"composition\": {\"Fe\": 1");
        error(p, "4:26", "invalid JSON", "truncated");
    }

    @Test void nonNumericCoordinateIsNamed() throws Exception {
        Path p = write(dir, "coord.json", "[" + structure(CUBE, FE).replace("[0.0, 0.0, 0.0]", "[0.0, \"a\", 0.0]") + "]");
        error(p, "$[0].sites[0].xyz[1]", "expected a finite number", "\"a\"");
    }

    @Test void emptyListIsRejected() throws Exception {
        error(write(dir, "none.json", "[]"), "$", "at least one record");
    }

    @Test void truncatedListBetweenRecords() throws Exception {
        error(write(dir, "cut2.json", "[{\"composition\": {\"Fe\": 1}},\n"), "2:1", "truncated");
    }

    @Test void forcesOfWrongLengthAreRejected() throws Exception {
        Path p = write(dir, "f.json", "[{\"structure\": " + structure(CUBE, FE)
                + ", \"outputs\": {\"energy\": -1, \"forces\": [[0, 0, 0]]}}]");
        error(p, "$[0].outputs.forces", "expected 2 force vectors", "found 1");
    }
}
