package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.labelling.FailureLog;
import org.activemat.engine.oracle.labelling.LabelingRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every bundled sample-data file loads and every frame carries the labels a user relies on. */
class SampleDataTest {
    /**
     * Converged frames each bundled file must hold. The labelling takes several sessions of CPU; a system's floor is
     * enforced once its labelling is complete (add it to COMPLETE when sample-data/README.md reports its final count).
     */
    static final Set<String> COMPLETE = Set.of("Si", "C", "Fe", "TiO");
    static final Map<String, Integer> FLOOR = Map.of("Si", 300, "C", 300, "Fe", 250, "TiO", 250);

    private static final Path DIR = Path.of("sample-data");
    private static final List<String> REQUIRED = List.of("energy", "energy_per_atom", "formation_energy_per_atom",
            "stress_xx", "stress_yy", "stress_zz", "stress_yz", "stress_xz", "stress_xy", "wall_seconds");

    @Test void everyBundledFileLoadsWithCompleteLabels() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "no sample-data folder in " + Path.of("").toAbsolutePath());
        JsonNode refs = new ObjectMapper().readTree(DIR.resolve("references.json").toFile());
        int files = 0;
        for (String sys : FLOOR.keySet()) {
            Path f = DIR.resolve(sys + ".extxyz");
            if (!Files.exists(f)) {
                assertThat(COMPLETE).as(f + " missing").doesNotContain(sys);
                continue;
            }
            files++;
            Dataset d = DatasetFormats.read(f);
            Map<String, Double> mu = new HashMap<>();
            refs.path(sys).path("mu_eV_per_atom").fields().forEachRemaining(e -> mu.put(e.getKey(), e.getValue().asDouble()));
            assertThat(mu).as("reference energies for " + sys).isNotEmpty();
            FailureLog failed = FailureLog.open(FailureLog.besides(f));
            Set<String> ids = new HashSet<>();
            for (Entry e : d.entries()) {
                assertThat(ids.add(e.id())).as("duplicate id " + e.id()).isTrue();
                assertThat(failed.contains(e.id())).as(e.id() + " is both labelled and failed").isFalse();
                assertThat(e.id()).startsWith(sys + "-");
                for (String p : REQUIRED) {
                    assertThat(e.property(p)).as(e.id() + " " + p).isPresent();
                    assertThat(e.property(p).getAsDouble()).as(e.id() + " " + p).isFinite();
                }
                if (sys.equals("Fe")) assertThat(e.property("magnetization")).as(e.id() + " magnetization").isPresent();
                double[][] forces = e.siteArrays().get("forces");
                assertThat(forces).as(e.id() + " forces").isNotNull().hasDimensions(e.sites(), 3);
                double energy = e.property("energy").getAsDouble();
                assertThat(e.property("energy_per_atom").getAsDouble()).isCloseTo(energy / e.sites(), within(1e-9));
                assertThat(e.property("formation_energy_per_atom").getAsDouble())
                        .isCloseTo(LabelingRun.formationEnergyPerAtom(e.structure(), energy, mu), within(1e-6));
                assertThat(e.info()).containsKeys("prototype", "transformation", "kpoints");
            }
            if (COMPLETE.contains(sys)) assertThat(d.size()).as(sys + " frames").isGreaterThanOrEqualTo(FLOOR.get(sys));
        }
        assumeTrue(files > 0, "no sample-data/*.extxyz yet");
    }
}
