package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A structure saved for VASP, a CIF viewer or ASE reads back as the same crystal. */
class StructureFilesTest {
    @TempDir Path tmp;

    /** A Ti–O frame with two species out of order (a vacancy cell), so POSCAR must group them. */
    private static Entry tio() throws Exception {
        Path sample = Path.of("sample-data", "TiO.extxyz");
        assumeTrue(Files.exists(sample), "no bundled Ti–O sample");
        return DatasetFormats.read(sample).entries().stream().filter(e -> e.id().equals("TiO-0005-anatase-vac")).findFirst().orElseThrow();
    }

    @Test void poscarCifAndExtendedXyzReadBackAsTheSameCrystal() throws Exception {
        Entry e = tio();
        for (String name : List.of("TiO-0005.vasp", "POSCAR", "TiO-0005.cif", "TiO-0005.extxyz")) {
            Path f = tmp.resolve(name);
            StructureFiles.write(f, e);
            Structure back = DatasetFormats.read(f).entries().get(0).structure();
            Structure s = e.structure();
            assertThat(back.composition()).as(name).isEqualTo(s.composition());
            for (int k = 0; k < 3; k++) {
                assertThat(back.lattice().lengths()[k]).as(name).isCloseTo(s.lattice().lengths()[k], within(1e-6));
                assertThat(back.lattice().angles()[k]).as(name).isCloseTo(s.lattice().angles()[k], within(1e-6));
            }
            assertThat(sites(back)).as(name + ": the same atoms at the same fractional positions").hasSize(s.size());
            List<double[]> a = sites(s), b = sites(back);
            for (int i = 0; i < a.size(); i++)
                for (int k = 0; k < 4; k++) assertThat(b.get(i)[k]).as(name).isCloseTo(a.get(i)[k], within(1e-6));
        }
        assertThat(Files.readString(tmp.resolve("POSCAR")).lines().skip(5).limit(3).toList())
                .containsExactly("  Ti  O", "  3  8", "Cartesian");
        assertThat(Files.readString(tmp.resolve("TiO-0005.extxyz"))).contains("formation_energy_per_atom=", "calculator=");
    }

    @Test void aCompositionWithoutAStructureCannotBeSaved() {
        Entry e = Entry.ofComposition("mp-1", org.activemat.engine.chem.Composition.parse("TiO2"), java.util.Map.of(), "test");
        assertThatThrownBy(() -> StructureFiles.write(tmp.resolve("x.cif"), e)).hasMessageContaining("mp-1 has a composition but no structure");
    }

    /** Z and fractional coordinates in [0, 1), sorted: the crystal, whatever the atom order or cell orientation. */
    private static List<double[]> sites(Structure s) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double[] f = s.fractional(i);
            double[] r = {s.species(i).z(), 0, 0, 0};
            for (int k = 0; k < 3; k++) {
                double x = f[k] - Math.floor(f[k]);
                r[k + 1] = x > 1 - 1e-7 ? 0 : x;
            }
            out.add(r);
        }
        out.sort(Comparator.<double[]>comparingDouble(r -> r[0]).thenComparingDouble(r -> r[1]).thenComparingDouble(r -> r[2]).thenComparingDouble(r -> r[3]));
        return out;
    }
}
