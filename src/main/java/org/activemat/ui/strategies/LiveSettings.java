package org.activemat.ui.strategies;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.activemat.engine.chem.Element;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.experiment.LiveSpec;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.ui.common.EtaEstimator;
import org.activemat.ui.strategies.StrategiesViewModel.Field;
import org.activemat.ui.strategies.StrategiesViewModel.PoolFile;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live-labelling half of the form: a pool (generated, or the user's structures) labelled by pw.x when picked, the
 * loaded dataset as the test set, and where the labels are kept. Checks what only a live run needs.
 */
final class LiveSettings {
    final BooleanProperty enabled = new SimpleBooleanProperty(false);
    final IntegerProperty pool = new SimpleIntegerProperty(100);
    final IntegerProperty poolSeed = new SimpleIntegerProperty(1);
    final IntegerProperty jobs = new SimpleIntegerProperty(Math.max(1, Runtime.getRuntime().availableProcessors()));
    final ObjectProperty<PoolFile> poolFile = new SimpleObjectProperty<>();   // null: a generated pool
    final ObjectProperty<Path> labelsFolder = new SimpleObjectProperty<>(
            Path.of(System.getProperty("user.home"), "ActiveMat", "live-labels"));
    private final boolean pwxFound = QuantumEspressoOracle.findOnPath("pw.x") != null;

    /** The label cache of a reopened experiment (its own name, e.g. from explore --out), reused while its pool is chosen. */
    private record Reopened(Path labels, String pool) {}

    private Reopened reopened;

    List<Observable> observables() { return List.of(enabled, pool, poolSeed, jobs, labelsFolder, poolFile); }

    /** Shows how a saved experiment got its labels: live with this pool and label cache, or replayed (null). */
    void fromExploration(ExplorationInfo e, Path labelsFile) {
        enabled.set(e != null);
        reopened = null;
        if (e == null) return;
        poolFile.set(null);   // a pool file is read again by the window, which sets it
        pool.set(e.poolSize());
        if (e.poolFile() == null) poolSeed.set((int) e.poolSeed());
        if (labelsFile != null && labelsFile.getParent() != null) labelsFolder.set(labelsFile.getParent());
        if (labelsFile != null) reopened = new Reopened(labelsFile, e.poolFile() == null ? poolIdentity(e.poolSeed(), null)
                : poolIdentity(0, Path.of(e.poolFile().file())));
    }

    private static String poolIdentity(long seed, Path file) {
        return file == null ? "seed " + seed : "file " + file.toAbsolutePath();
    }

    /** The oracle's system for the test set: the one whose elements cover every structure's, or null. */
    static ChemicalSystem system(Dataset d) {
        if (d == null || d.size() == 0 || d.entries().stream().anyMatch(en -> !en.hasStructure())) return null;
        Set<Element> present = new HashSet<>();
        for (var en : d.entries()) present.addAll(en.structure().species());
        for (ChemicalSystem c : ChemicalSystem.values()) if (c.elements().containsAll(present)) return c;
        return null;
    }

    /** Structures in the pool: the pool file's, or the size asked of the generator. */
    int poolSize() {
        return poolFile.get() == null ? pool.get() : poolFile.get().data().size();
    }

    /**
     * Where the labels of this pool are kept (shared by every live run with that pool): per system and seed, or per
     * pool file and content, so two different files never share labels by id.
     */
    Path labelsFile(Dataset test) {
        ChemicalSystem sys = system(test);
        String head = sys == null ? "pool" : sys.label();
        PoolFile own = poolFile.get();
        if (reopened != null && reopened.pool().equals(poolIdentity(poolSeed.get(), own == null ? null : own.file())))
            return reopened.labels();
        if (own == null) return labelsFolder.get().resolve(head + "-pool" + poolSeed.get() + ".extxyz");
        String stem = own.name().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
        String fp = own.data().fingerprint();
        return labelsFolder.get().resolve(head + "-" + stem + "-" + (fp.length() >= 8 ? fp.substring(0, 8) : "file") + ".extxyz");
    }

    /**
     * Puts the pool's problems into e (labels needed per run: needed) and returns what is wrong with the test set and
     * target, which matters more than any field, or null.
     */
    String check(Map<Field, String> e, int needed, Dataset test, String target) {
        PoolFile own = poolFile.get();
        int size = poolSize();
        ChemicalSystem sys = system(test);
        if (own != null && sys != null) {
            try {
                String shared = LiveSpec.sharedIdsProblem(own.name(), UserCandidates.of(own.data(), own.file(), sys), test.ids());
                if (shared != null) e.put(Field.POOL, shared);
            } catch (DataFormatException ex) {
                e.put(Field.POOL, ex.getMessage());
            }
        }
        if (size < needed && !e.containsKey(Field.POOL) && !e.containsKey(Field.INITIAL) && !e.containsKey(Field.BATCH)
                && !e.containsKey(Field.ROUNDS))
            e.put(Field.POOL, "initial + rounds × batch = " + needed + " labels: the pool needs at least as many structures");
        if (own == null && LiveSpec.poolSeedProblem(poolSeed.get()) != null) e.put(Field.POOL_SEED, LiveSpec.poolSeedProblem(poolSeed.get()));
        if (LiveSpec.jobsProblem(jobs.get()) != null) e.put(Field.JOBS, LiveSpec.jobsProblem(jobs.get()));
        return test == null ? "load the test set first: a bundled sample (Data panel)"
                : sys == null ? "live labelling needs a dataset of Si, C, Fe or Ti–O structures as the test set (load a bundled sample)"
                : target == null || !LiveSpec.TARGETS.contains(target) ? LiveSpec.TARGET_RULE + ": choose one of them as the target (Data panel)"
                : test.size() < 2 ? "the test set needs at least 2 entries"
                : !pwxFound ? "pw.x was not found on the PATH: install Quantum ESPRESSO (Debian, Ubuntu: apt install quantum-espresso)"
                : null;
    }

    /** What a live run of runs runs of needed labels each would compute, and roughly how long pw.x would take. */
    String budget(int needed, int runs, Dataset test) {
        ChemicalSystem sys = system(test);
        if (sys == null) return "Live labelling with Quantum ESPRESSO (pw.x): load a bundled sample, the test set, first.";
        int size = poolSize();
        int calculations = Math.min(size, needed * runs);
        double seconds = ExplorationRun.estimatedSeconds(calculations, test, jobs.get());
        String eta = Double.isNaN(seconds) ? "" : ", about " + EtaEstimator.formatRough(java.time.Duration.ofSeconds(Math.round(seconds)))
                + " of pw.x at the test set's mean time per structure";
        PoolFile own = poolFile.get();
        return String.format("Live: %s form the pool and are computed with pw.x when a strategy picks them; "
                        + "the %d loaded entries are the test set. At most %d calculations (%d labels per run, %d runs)%s, "
                        + "kept in %s and reused by later runs.",
                own == null ? String.format("%d generated %s structures (seed %d)", size, sys.label(), poolSeed.get())
                        : String.format("the %d structures of %s", size, own.name()),
                test.size(), calculations, needed, runs, eta, labelsFile(test));
    }
}
