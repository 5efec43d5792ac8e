package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.qe.PwInput;
import org.activemat.engine.oracle.qe.PwOutputFolder;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;

import org.activemat.engine.chem.Element;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.SampleData;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A handful of structures labelled with pw.x on the desktop, such as a suggested batch: with the settings of the
 * bundled system whose pseudopotentials cover their elements, formation energies against its references (the bundled
 * ones when the settings match), frames appended to a file. It is `label --structures` with the workbench's defaults,
 * so a file labelled here can be continued from the command line and the other way round.
 */
public final class StructureBatch {
    private StructureBatch() {}

    /**
     * What came out for the batch's ids: frames (also those labelled before in the frames file) and failure reasons;
     * outputs is the folder the labels were read from (null when pw.x ran here), waiting how many had no finished output.
     */
    public record Outcome(ChemicalSystem system, Map<String, Entry> frames, Map<String, String> failures, int labelledNow,
                          double cpuSeconds, Path framesFile, Path outputs, int waiting) {}

    /**
     * True when every entry of labelled was computed like these frames (same system settings and pw.x calculator, as
     * the bundled samples are): only then are the new labels and the old ones the same quantity.
     */
    public static boolean sameCalculation(Collection<Entry> labelled, Outcome o) {
        if (o.frames().isEmpty()) return false;
        String calculator = o.frames().values().iterator().next().info().get("calculator");
        return calculator != null && labelled.stream().allMatch(e -> o.system().label().equals(e.info().get("system"))
                && calculator.equals(e.info().get("calculator")));
    }

    /** The bundled system whose pw.x settings can label all these structures, if one can. */
    public static Optional<ChemicalSystem> systemFor(Collection<Entry> structures) {
        Set<Element> used = new TreeSet<>(java.util.Comparator.comparing(Element::symbol));
        for (Entry e : structures) {
            if (!e.hasStructure()) return Optional.empty();
            used.addAll(e.structure().species());
        }
        return used.isEmpty() ? Optional.empty() : ChemicalSystem.covering(used);
    }

    /** Why systemFor found nothing, in words for a dialog or tooltip. */
    public static String whyNot(Collection<Entry> structures) {
        if (structures.stream().anyMatch(e -> !e.hasStructure())) return "some entries have a composition but no structure";
        return "pw.x settings exist for " + java.util.Arrays.stream(ChemicalSystem.values()).map(ChemicalSystem::label).toList()
                + " only";
    }

    /**
     * Labels the structures not yet in {@code out} (nor failed before, see its .failed.tsv), {@code jobs} one-rank pw.x
     * runs at a time; cancel kills the calculations in flight and keeps what is written. onFrame receives each new
     * frame as soon as it is written, on a worker thread.
     */
    public static Outcome label(List<Entry> structures, Path out, int jobs, ProgressListener progress, CancellationToken cancel,
                                Consumer<Entry> onFrame) throws IOException, OracleException, DataFormatException {
        return run(structures, out, null, jobs, progress, cancel, onFrame);
    }

    /** Writes the pw.x input of each structure, DIR/stem.in, to run elsewhere; returns the system whose settings they use. */
    public static ChemicalSystem writeInputs(List<Entry> structures, Path dir) throws IOException, DataFormatException {
        ChemicalSystem system = requireSystem(structures);
        PwInput.writeAll(dir, candidates(structures, dir, system), system.settings());
        return system;
    }

    /**
     * As label, reading the finished outputs DIR/stem.out of the inputs writeInputs wrote (run elsewhere) into
     * DIR/labelled.extxyz instead of running pw.x; structures without a finished output are counted as waiting.
     */
    public static Outcome readOutputs(List<Entry> structures, Path dir, ProgressListener progress, CancellationToken cancel,
                                      Consumer<Entry> onFrame) throws IOException, OracleException, DataFormatException {
        return run(structures, dir.resolve("labelled.extxyz"), dir, 1, progress, cancel, onFrame);
    }

    private static Outcome run(List<Entry> structures, Path out, Path outputs, int jobs, ProgressListener progress,
                               CancellationToken cancel, Consumer<Entry> onFrame) throws IOException, OracleException, DataFormatException {
        ChemicalSystem system = requireSystem(structures);
        List<Candidate> candidates = candidates(structures, out, system);
        QuantumEspressoOracle oracle = QuantumEspressoOracle.desktop(system.settings(), cancel);
        Oracle labeller = oracle;
        List<Candidate> todo = candidates;
        int waiting = 0;
        if (outputs != null) {
            PwOutputFolder folder = new PwOutputFolder(outputs, system.settings());
            PwOutputFolder.Ready ready = folder.ready(candidates);
            todo = ready.ready();
            waiting = ready.waiting();
            labeller = folder;
        }
        Path writable = out.toAbsolutePath().resolveSibling("references.json");
        Path bundled = SampleData.folder().map(f -> f.resolve("references.json")).orElse(writable);
        progress.progress(0, todo.size(), "reference energies of " + system.label());
        ReferenceEnergies.Result mu = ReferenceEnergies.loadOrCompute(system, oracle, jobs, bundled, writable,
                (d, t, m) -> progress.progress(0, candidates.size(), "reference energies: " + m));
        FailureLog failures;
        LabelingRun.Summary s;
        try (FrameLog frames = FrameLog.open(out)) {
            failures = FailureLog.open(FailureLog.besides(out));
            s = new LabelingRun(system, null, labeller, mu.mu(), frames, failures, 1).onFrame(onFrame).run(todo, jobs, progress, cancel);
        }

        Set<String> ids = new java.util.HashSet<>(candidates.stream().map(Candidate::id).toList());
        Map<String, Entry> labelled = new LinkedHashMap<>();
        if (Files.exists(out))
            for (Entry e : DatasetFormats.read(out).entries()) if (ids.contains(e.id())) labelled.put(e.id(), e);
        Map<String, String> failed = new LinkedHashMap<>();
        failures.reasons().forEach((id, why) -> { if (ids.contains(id)) failed.put(id, why); });
        return new Outcome(system, labelled, failed, s.labelledNow(), s.cpuSeconds(), out, outputs, waiting);
    }

    private static ChemicalSystem requireSystem(List<Entry> structures) {
        return systemFor(structures).orElseThrow(() -> new IllegalArgumentException("cannot label these structures: " + whyNot(structures)));
    }

    private static List<Candidate> candidates(List<Entry> structures, Path where, ChemicalSystem system) throws DataFormatException {
        return UserCandidates.of(new Dataset(String.valueOf(where.getFileName()), structures, Map.of()), where, system);
    }
}
