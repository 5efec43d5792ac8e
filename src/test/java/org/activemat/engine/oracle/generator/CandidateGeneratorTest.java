package org.activemat.engine.oracle.generator;

import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandidateGeneratorTest {

    @ParameterizedTest @EnumSource(ChemicalSystem.class)
    void sameSeedSamePoolAndCandidateIDependsOnlyOnI(ChemicalSystem sys) {
        List<Candidate> a = new CandidateGenerator(sys, 7).generate(40);
        CandidateGenerator b = new CandidateGenerator(sys, 7);
        for (int i = 39; i >= 0; i--) {   // reverse order: no hidden shared state between candidates
            Candidate c = b.candidate(i);
            assertThat(c.id()).isEqualTo(a.get(i).id());
            assertThat(c.structure().positions()).isDeepEqualTo(a.get(i).structure().positions());
            assertThat(c.structure().lattice()).isEqualTo(a.get(i).structure().lattice());
        }
        assertThat(new CandidateGenerator(sys, 8).generate(40).stream().map(Candidate::id).toList())
                .isNotEqualTo(a.stream().map(Candidate::id).toList());
    }

    @ParameterizedTest @EnumSource(ChemicalSystem.class)
    void poolIsPhysicalWithinTheSizeLimitsAndDiverse(ChemicalSystem sys) {
        List<Candidate> pool = new CandidateGenerator(sys, 2601).generate(300);
        Set<String> ids = new HashSet<>();
        for (Candidate c : pool) {
            assertThat(ids.add(c.id())).as("unique id " + c.id()).isTrue();
            assertThat(c.id()).matches(sys.label() + "-\\d{4}-[A-Za-z0-9-]+-(iso|shear|rattle|vac)");
            assertThat(c.structure().size()).isBetween(2, sys.maxAtoms());
            assertThat(CandidateGenerator.minDistanceRatio(c.structure())).isGreaterThanOrEqualTo(CandidateGenerator.MIN_DISTANCE_FACTOR);
            for (Element e : c.structure().species()) assertThat(sys.elements()).contains(e);
        }
        Map<String, Long> byPrototype = pool.stream().collect(Collectors.groupingBy(Candidate::prototype, Collectors.counting()));
        assertThat(byPrototype.keySet()).containsExactlyInAnyOrderElementsOf(
                new CandidateGenerator(sys, 0).prototypes().stream().map(Prototype::name).toList());
        assertThat(pool.stream().map(c -> c.info().get("transformation")).distinct()).contains("shear", "rattle", "vac");
        // volume per atom spread: strains, prototypes and vacancies must give a broad range, not near-copies
        double[] v = pool.stream().mapToDouble(c -> c.structure().volume() / c.structure().size()).sorted().toArray();
        assertThat(v[v.length - 1] / v[0]).isGreaterThan(1.5);
        // small cells dominate (CPU budget) but larger ones are present
        long small = pool.stream().filter(c -> c.structure().size() <= 6).count();
        assertThat(small).isGreaterThan(pool.size() / 2);
        assertThat(pool.stream().mapToInt(c -> c.structure().size()).max().orElse(0)).isGreaterThanOrEqualTo(Math.min(8, sys.maxAtoms()));
        assertThat(pool.stream().map(c -> c.structure().size()).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test void titaniumOxidePoolSpansSeveralStoichiometries() {
        Set<String> formulas = new CandidateGenerator(ChemicalSystem.TIO, 2601).generate(300).stream()
                .map(c -> c.structure().composition().reducedFormula()).collect(Collectors.toSet());
        assertThat(formulas).contains("TiO2", "TiO", "Ti2O3", "Ti2O", "Ti");
    }

    @Test void idealPrototypesHaveTheirTextbookGeometry() {
        Map<String, Prototype> si = new CandidateGenerator(ChemicalSystem.SI, 0).prototypes().stream()
                .collect(Collectors.toMap(Prototype::name, Function.identity()));
        // diamond: 2 atoms, nearest neighbour a√3/4 = 2.369 Å → ratio 2.369 / (2 · 1.11)
        Structure d = si.get("diamond").cells().get(0).structure();
        assertThat(d.size()).isEqualTo(2);
        assertThat(CandidateGenerator.minDistanceRatio(d)).isCloseTo(5.47 * Math.sqrt(3) / 4 / 2.22, within(1e-9));
        // BC8 primitive cell holds 8 atoms, conventional 16, same density
        Structure p = si.get("bc8").cells().get(0).structure(), c = si.get("bc8").cells().get(1).structure();
        assertThat(p.size()).isEqualTo(8);
        assertThat(c.size()).isEqualTo(16);
        assertThat(p.volume() / p.size()).isCloseTo(c.volume() / c.size(), within(1e-9));
        Map<String, Prototype> tio = new CandidateGenerator(ChemicalSystem.TIO, 0).prototypes().stream()
                .collect(Collectors.toMap(Prototype::name, Function.identity()));
        Structure cor = tio.get("corundum-Ti2O3").cells().get(0).structure();
        assertThat(cor.composition().reducedFormula()).isEqualTo("Ti2O3");
        assertThat(cor.size()).isEqualTo(10);
        Structure ana = tio.get("anatase").cells().get(0).structure();
        assertThat(ana.size()).isEqualTo(6);
        assertThat(ana.composition().reducedFormula()).isEqualTo("TiO2");
    }
}
