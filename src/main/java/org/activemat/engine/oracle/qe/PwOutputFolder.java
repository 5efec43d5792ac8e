package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.oracle.Candidate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * pw.x outputs computed elsewhere, from the inputs `label --write-inputs` wrote, used as the oracle: DIR/ID.out is
 * read instead of running pw.x, checked against the structure and the settings, and turned into a label exactly as a
 * local run's output is. The k mesh is not printed by pw.x as a mesh, so it is the one the settings give.
 */
public final class PwOutputFolder implements Oracle {
    /** Cell and positions are printed in alat units with 6–7 decimals and alat with 4: 1e-3 Å is well above that. */
    private static final double LENGTH_TOLERANCE = 1e-3;

    private final Path dir;
    private final QeSettings settings;

    public PwOutputFolder(Path dir, QeSettings settings) {
        this.dir = dir;
        this.settings = settings;
    }

    public Path outputFor(String id) { return dir.resolve(org.activemat.engine.data.DataFiles.fileStem(id) + ".out"); }

    public boolean hasOutput(String id) { return Files.isRegularFile(outputFor(id)); }

    /** Of a list of candidates: those with a finished output, the file names of unfinished ones, how many have none. */
    public record Ready(List<Candidate> ready, List<String> unfinished, int missing) {
        public int waiting() { return unfinished.size() + missing; }
    }

    /**
     * Sorts the candidates by the state of their output, checking every finished one against its structure and the
     * settings before anything is labelled: a wrong file is bad input, named with what differs.
     */
    public Ready ready(List<Candidate> all) throws IOException, DataFormatException {
        List<Candidate> ready = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        int missing = 0;
        for (Candidate c : all) {
            if (!hasOutput(c.id())) { missing++; continue; }
            Path f = outputFor(c.id());
            String text = PwOutput.readText(f);
            if (!finished(text)) { unfinished.add(String.valueOf(f.getFileName())); continue; }
            String wrong = mismatch(text, c.structure());
            if (wrong != null) throw new DataFormatException(f, "", wrong + " (structure '" + c.id() + "')");
            ready.add(c);
        }
        return new Ready(ready, unfinished, missing);
    }

    /**
     * True when pw.x is done with this output: it printed JOB DONE, or an error. Otherwise the run may still be going
     * or was stopped (a queue's time limit): not a result yet, and not a failure to record for good.
     */
    public static boolean finished(String text) { return text.contains("JOB DONE") || text.contains("Error in routine"); }

    /** Why this output was not computed for structure s with these settings, or null when it was. */
    public String mismatch(String text, Structure s) {
        PwOutput.Header h = PwOutput.Header.parse(text);
        if (h.atoms() < 0) return "is not a pw.x output (no 'number of atoms/cell' line)";
        if (h.atoms() != s.size()) return "has " + h.atoms() + " atoms, the structure " + s.size();
        if (Math.abs(h.ecutwfc() - settings.ecutwfc()) > 1e-6 || Math.abs(h.ecutrho() - settings.ecutrho()) > 1e-6)
            return String.format(Locale.ROOT, "was run at %s/%s Ry; the settings use %s/%s Ry", QeSettings.fmt(h.ecutwfc()),
                    QeSettings.fmt(h.ecutrho()), QeSettings.fmt(settings.ecutwfc()), QeSettings.fmt(settings.ecutrho()));
        Set<String> expected = new LinkedHashSet<>();
        for (Element e : s.species()) expected.add(settings.pseudopotential(e));
        if (!Set.copyOf(h.pseudopotentials()).equals(expected))
            return "used pseudopotentials " + h.pseudopotentials() + "; the settings use " + expected;
        if (h.spinPolarised() != settings.spinPolarised())
            return h.spinPolarised() ? "is spin-polarised; the settings are not" : "is not spin-polarised; the settings are";
        if (h.cell() == null || h.positions().length != s.size()) return "lacks the cell or the atomic positions";
        double cell = 0, positions = 0;
        for (int k = 0; k < 3; k++) cell = Math.max(cell, distance(h.cell()[k], s.lattice().matrix()[k]));
        for (int i = 0; i < s.size(); i++) positions = Math.max(positions, distance(h.positions()[i], s.position(i)));
        if (cell > LENGTH_TOLERANCE) return String.format(Locale.ROOT, "has another cell: a lattice vector differs by %.4f Å", cell);
        if (positions > LENGTH_TOLERANCE)
            return String.format(Locale.ROOT, "has other atomic positions: one differs by %.4f Å", positions);
        return null;
    }

    @Override public Label label(String id, Structure structure) throws OracleException {
        Path f = outputFor(id);
        String text;
        try {
            text = PwOutput.readText(f);
        } catch (IOException e) {
            throw new OracleException(OracleException.Reason.NOT_AVAILABLE, "cannot read " + f + ": " + e.getMessage(), "");
        }
        String wrong = mismatch(text, structure);
        if (wrong != null) throw new OracleException(OracleException.Reason.UNPARSABLE_OUTPUT, f + " " + wrong, "");
        return QuantumEspressoOracle.interpret(id, text, 0, structure, settings, null, ranks(text), Double.NaN);
    }

    /** "Number of MPI processes:  4", 1 when absent (a serial build). */
    private static int ranks(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Number of MPI processes:\\s+(\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    @Override public String describe() { return "pw.x outputs in " + dir + " (" + settings.summary() + ")"; }
}
