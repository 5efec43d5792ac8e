package org.activemat.engine.data;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetFiltersTest {

    /** A structure with the formula's atoms (integral amounts) spread along the cell diagonal. */
    static Entry entry(String id, String formula, Double y) {
        List<Element> species = new ArrayList<>();
        Composition.parse(formula).amounts().forEach((el, n) -> { for (int k = 0; k < n; k++) species.add(el); });
        double[][] frac = new double[species.size()][];
        for (int i = 0; i < frac.length; i++) frac[i] = new double[]{(double) i / frac.length, 0.5, 0.5};
        Structure s = Structure.fromFractional(Lattice.cubic(3.0 * frac.length), species, frac);
        return Entry.of(id, s, y == null ? Map.of() : Map.of("y", y), "test");
    }

    static Dataset data() {
        List<Entry> l = new ArrayList<>();
        l.add(entry("a", "TiO2", -3.0));     // kept
        l.add(entry("b", "Ti", -1.0));       // 1 site: outside 2–50
        l.add(entry("a", "Ti2O4", -2.0));    // duplicate id
        l.add(entry("c", "Ti20O40", -2.5));  // 60 sites: outside
        l.add(entry("d", "SiO2", Double.NaN)); // not finite
        l.add(entry("e", "SiC", null));       // no target
        l.add(entry("f", "SiC", Double.POSITIVE_INFINITY));
        l.add(entry("g", "Fe2O3", -1.5));     // kept
        return new Dataset("t", l, Map.of("sha256", "x"));
    }

    @Test void paperFiltersCountWhatEachRemoved() {
        DatasetFilters.Result r = DatasetFilters.apply(data(), DatasetFilters.Settings.paper("y"));
        assertThat(r.dataset().ids()).containsExactly("a", "g");
        assertThat(r.dataset().get(0).formula()).isEqualTo("TiO2"); // first occurrence of a duplicate id wins
        DatasetFilters.Report rep = r.report();
        assertThat(rep.input()).isEqualTo(8);
        assertThat(rep.duplicateIds()).isEqualTo(1);
        assertThat(rep.outsideSiteRange()).isEqualTo(2);
        assertThat(rep.missingTarget()).isEqualTo(1);
        assertThat(rep.nonFiniteTarget()).isEqualTo(2);
        assertThat(rep.kept()).isEqualTo(2);
        assertThat(rep.removed()).isEqualTo(6);
        assertThat(rep.lines()).contains("sites outside 2–50: removed 2", "kept 2 of 8");
        assertThat(r.dataset().provenance()).containsEntry("sha256", "x");
    }

    @Test void siteRangeIsNotAppliedToCompositionOnlyEntries() {
        Dataset d = new Dataset("c", List.of(
                Entry.ofComposition("si", Composition.parse("Si"), Map.of("y", 1.0), "csv"),
                Entry.ofComposition("alloy", Composition.parse("Fe0.5Ni0.5"), Map.of("y", 2.0), "csv"),
                entry("one", "Si", 3.0)), Map.of());
        DatasetFilters.Result r = DatasetFilters.apply(d, DatasetFilters.Settings.paper("y"));
        assertThat(r.dataset().ids()).containsExactly("si", "alloy");
        assertThat(r.report().compositionOnly()).isEqualTo(2);
        assertThat(r.report().lines()).contains("sites outside 2–50: removed 1 (not applied to 2 composition-only entries)");
    }

    @Test void withoutTargetOnlySitesAndDuplicatesFilter() {
        DatasetFilters.Result r = DatasetFilters.apply(data(), new DatasetFilters.Settings(1, 100, null, false));
        assertThat(r.report().kept()).isEqualTo(8);
        assertThat(r.report().lines()).noneMatch(l -> l.contains("target"));
    }

    @Test void badSiteRangeIsRejected() {
        assertThatThrownBy(() -> new DatasetFilters.Settings(10, 5, null, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10–5");
    }

    @Test void propertySummaryIgnoresNonFiniteValues() {
        PropertySummary s = PropertySummary.of(data(), "y");
        assertThat(s.present()).isEqualTo(7);
        assertThat(s.finite()).isEqualTo(5);
        assertThat(s.min()).isEqualTo(-3.0);
        assertThat(s.max()).isEqualTo(-1.0);
        assertThat(s.mean()).isEqualTo(-2.0);
        assertThat(s.std()).isCloseTo(Math.sqrt(0.625), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test void compositionCountsMostCommonFirst() {
        assertThat(CompositionCounts.byFormula(data())).containsExactly(Map.entry("TiO2", 3), Map.entry("SiC", 2),
                Map.entry("Fe2O3", 1), Map.entry("SiO2", 1), Map.entry("Ti", 1));
        assertThat(CompositionCounts.byChemicalSystem(data()).keySet()).startsWith("O-Ti");
    }
}
