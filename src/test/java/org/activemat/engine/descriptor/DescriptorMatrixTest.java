package org.activemat.engine.descriptor;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DescriptorMatrixTest {

    /** n perturbed copies of rutile TiO2 with a made-up energy and a column that is the energy in other units. */
    static Dataset rutiles(int n, long seed) {
        Random rnd = new Random(seed);
        Structure base = DescriptorValuesTest.rutile();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][] p = base.positions();
            for (double[] site : p) for (int k = 0; k < 3; k++) site[k] += 0.05 * rnd.nextGaussian();
            Structure s = new Structure(base.lattice(), base.species(), p);
            double e = -8.8 + 0.1 * rnd.nextGaussian();
            entries.add(Entry.of("r" + i, s, Map.of("energy_per_atom", e, "energy_kj", e * 96.485 + 0.01 * rnd.nextGaussian(),
                    "noise", rnd.nextGaussian()), "test"));
        }
        return new Dataset("rutiles", entries, Map.of());
    }

    @Test
    void byNameKnowsTheThreeSets() {
        assertThat(Descriptors.byName("paper-17").featureNames()).hasSize(17)
                .startsWith("mean_Z").endsWith("lattice_anisotropy").doesNotHaveDuplicates();
        assertThat(Descriptors.byName("composition-8").needsStructure()).isFalse();
        assertThat(Descriptors.byName("Structure-9").featureNames()).hasSize(9);
        assertThatThrownBy(() -> Descriptors.byName("magpie")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("paper-17, composition-8, structure-9");
    }

    @Test
    void paper17IsCompositionThenStructure() {
        Entry e = rutiles(1, 1).get(0);
        double[] all = Descriptors.byName("paper-17").compute(e);
        double[] comp = CompositionDescriptors.of(e.composition());
        double[] struct = StructureDescriptors.of(e.structure());
        assertThat(java.util.Arrays.copyOfRange(all, 0, 8)).containsExactly(comp);
        assertThat(java.util.Arrays.copyOfRange(all, 8, 17)).containsExactly(struct);
    }

    @Test
    void skipsEntriesWithoutFiniteTargetAndSaysSo() {
        Dataset d = rutiles(5, 2);
        List<Entry> es = new ArrayList<>(d.entries());
        es.set(1, es.get(1).withProperty("energy_per_atom", Double.NaN));
        Map<String, Double> only = Map.of("noise", 1.0);
        es.add(Entry.of("no-target", DescriptorValuesTest.diamondSi(), only, "test"));
        FeatureMatrix m = Descriptors.matrix(d.withEntries(es), Descriptors.byName("paper-17"), "energy_per_atom", List.of());
        assertThat(m.ids()).containsExactly("r0", "r2", "r3", "r4");
        assertThat(m.formulas()).containsOnly("TiO2");
        assertThat(m.columns()).isEqualTo(17);
        assertThat(m.y()[0]).isEqualTo(es.get(0).properties().get("energy_per_atom"));
        assertThat(m.warnings()).singleElement().asString().contains("2 entries without a finite 'energy_per_atom'");
    }

    @Test
    void unknownTargetListsTheAvailableProperties() {
        assertThatThrownBy(() -> Descriptors.matrix(rutiles(3, 3), Descriptors.byName("paper-17"), "band_gap", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'band_gap'").hasMessageContaining("energy_per_atom").hasMessageContaining("noise");
        assertThatThrownBy(() -> Descriptors.matrix(rutiles(3, 3), Descriptors.byName("paper-17"), "noise", List.of("nope")))
                .hasMessageContaining("unknown extra column 'nope'");
    }

    @Test
    void structureSetRefusesCompositionOnlyEntries() {
        Dataset d = new Dataset("comp", List.of(
                Entry.ofComposition("c1", Composition.parse("Fe2O3"), Map.of("e", -1.0), "t"),
                Entry.ofComposition("c2", Composition.parse("FeO"), Map.of("e", -2.0), "t")), Map.of());
        assertThatThrownBy(() -> Descriptors.matrix(d, Descriptors.byName("paper-17"), "e", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs structures").hasMessageContaining("c1").hasMessageContaining("composition-8");
        FeatureMatrix m = Descriptors.matrix(d, Descriptors.byName("composition-8"), "e", List.of());
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.x()[0][7]).isEqualTo(2);
    }

    @Test
    void extraColumnsAreAppendedAndLeaksAreFlagged() {
        FeatureMatrix m = Descriptors.matrix(rutiles(40, 4), Descriptors.byName("composition-8"), "energy_per_atom",
                List.of("noise", "energy_kj", "energy_per_atom"));
        assertThat(m.featureNames()).endsWith("noise", "energy_kj", "energy_per_atom").hasSize(11);
        assertThat(m.x()[0][10]).isEqualTo(m.y()[0]);
        assertThat(m.warnings()).hasSize(2);
        assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("'energy_kj'").contains("collinear"));
        assertThat(m.warnings()).anySatisfy(w -> assertThat(w).contains("'energy_per_atom' is the target"));
        assertThat(m.warnings()).noneSatisfy(w -> assertThat(w).contains("'noise'"));
    }

    @Test
    void rowsAreTheSameWhateverTheThreadCount() throws Exception {
        Dataset d = rutiles(300, 5);
        DescriptorSet set = Descriptors.byName("paper-17");
        FeatureMatrix parallel = Descriptors.matrix(d, set, "energy_per_atom", List.of());
        FeatureMatrix single = new ForkJoinPool(1).submit(() -> Descriptors.matrix(d, set, "energy_per_atom", List.of())).get();
        assertThat(parallel.ids()).isEqualTo(single.ids());
        for (int i = 0; i < parallel.rows(); i++) assertThat(parallel.x()[i]).containsExactly(single.x()[i]);
    }

    @Test
    void paper17OfEightThousandSmallStructuresTakesSeconds() {
        // 8 000 structures of 8–16 sites: distorted Si supercells and rutile cells
        Random rnd = new Random(7);
        Structure si = DescriptorValuesTest.diamondSi().supercell(2, 2, 2), ti = DescriptorValuesTest.rutile().supercell(1, 1, 2);
        List<Entry> es = new ArrayList<>();
        for (int i = 0; i < 8000; i++) {
            Structure base = i % 2 == 0 ? si : ti;
            double[][] strain = {{1 + 0.05 * rnd.nextGaussian(), 0.05 * rnd.nextGaussian(), 0}, {0, 1 + 0.05 * rnd.nextGaussian(), 0}, {0, 0, 1}};
            Lattice l = base.lattice().deformed(strain);
            double[][] frac = new double[base.size()][];
            for (int k = 0; k < base.size(); k++) {
                frac[k] = base.fractional(k);
                for (int c = 0; c < 3; c++) frac[k][c] += 0.01 * rnd.nextGaussian();
            }
            es.add(Entry.of("s" + i, Structure.fromFractional(l, base.species(), frac), Map.of("e", rnd.nextGaussian()), "t"));
        }
        Dataset d = new Dataset("big", es, Map.of());
        long t0 = System.nanoTime();
        FeatureMatrix m = Descriptors.matrix(d, Descriptors.byName("paper-17"), "e", List.of());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("paper-17 of %d structures (8-16 sites): %.2f s%n", m.rows(), seconds);
        assertThat(m.rows()).isEqualTo(8000);
        assertThat(seconds).isLessThan(10); // typically well under 2 s; generous for a loaded 2-core machine
    }
}
