package org.activemat.engine.oracle.generator;

import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user's structures become candidates only when pw.x can compute them with the system's settings. */
class UserCandidatesTest {
    private static final Path FILE = Path.of("mine.extxyz");

    private static Entry rutile(String id) {
        Element ti = Element.of("Ti"), o = Element.of("O");
        Structure s = Structure.fromFractional(new Lattice(new double[][]{{4.59, 0, 0}, {0, 4.59, 0}, {0, 0, 2.96}}),
                List.of(ti, ti, o, o, o, o), new double[][]{{0, 0, 0}, {.5, .5, .5}, {.3, .3, 0}, {.7, .7, 0}, {.8, .2, .5}, {.2, .8, .5}});
        return Entry.of(id, s, Map.of(), "test");
    }

    private static List<Candidate> of(Entry... entries) throws DataFormatException {
        return UserCandidates.of(new Dataset("mine", List.of(entries), Map.of()), FILE, ChemicalSystem.TIO);
    }

    @Test void structuresOfTheSystemKeepTheirIdsAndOrder() throws Exception {
        assertThat(of(rutile("r1"), rutile("r2"))).extracting(Candidate::id, Candidate::index)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", 0), org.assertj.core.groups.Tuple.tuple("r2", 1));
        assertThat(of(rutile("r1")).get(0).info()).containsEntry("transformation", "from mine.extxyz");
    }

    @Test void aFormulaWithoutAStructureARepeatedIdOrNothingAtAllIsRefusedByName() {
        Entry formula = Entry.ofComposition("tio2-formula", Composition.parse("TiO2"), Map.of(), "csv");
        assertThatThrownBy(() -> of(rutile("r1"), formula)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("mine.extxyz").hasMessageContaining("entry 'tio2-formula'").hasMessageContaining("no structure");
        assertThatThrownBy(() -> of(rutile("r1"), rutile("r1"))).hasMessageContaining("entry 'r1'").hasMessageContaining("appears twice");
        assertThatThrownBy(() -> of()).hasMessageContaining("holds no structures");
    }

    @Test void idsTheTestSetHoldsAreFound() throws Exception {
        assertThat(UserCandidates.sharedWith(of(rutile("r1"), rutile("r2")), List.of("r2", "x"))).containsExactly("r2");
    }
}
