package org.activemat.engine.oracle.qe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers parsed from a pw.x output, converted to eV, eV/Å and GPa.
 * stress is in ASE's convention (the negative of what pw.x prints), pressure in GPa as pw.x prints it.
 */
public record PwOutput(String version, boolean converged, int scfIterations, double energy, double[][] forces,
                       double[][] stress, double pressure, double totalMagnetization, double wallSeconds,
                       String errorMessage) {

    public static final double RY_EV = 13.605693122994;
    public static final double BOHR_A = 0.529177210903;
    public static final double RY_PER_BOHR_TO_EV_PER_A = RY_EV / BOHR_A;

    private static final Pattern VERSION = Pattern.compile("Program PWSCF (v\\.\\S+)");
    private static final Pattern ENERGY = Pattern.compile("^!\\s+total energy\\s+=\\s+(\\S+)\\s+Ry");
    private static final Pattern FORCE = Pattern.compile("^\\s*atom\\s+(\\d+)\\s+type\\s+\\d+\\s+force\\s+=\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern MAG = Pattern.compile("^\\s*total magnetization\\s+=\\s+(\\S+)\\s+Bohr mag/cell");
    private static final Pattern CONVERGED = Pattern.compile("convergence has been achieved in\\s+(\\d+)\\s+iterations");
    private static final Pattern WALL = Pattern.compile("^\\s*PWSCF\\s+:.*CPU\\s+(.*)WALL");
    private static final Pattern PRESSURE = Pattern.compile("total\\s+stress.*P=\\s*(\\S+)");

    /**
     * The text of a pw.x output file, decoded as UTF-8 with any malformed byte (a Latin-1 é in a path or a title)
     * replaced by U+FFFD: pw.x writes no text whose meaning such a byte could change, so one must not stop a batch.
     */
    public static String readText(java.nio.file.Path file) throws java.io.IOException {
        return new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parses an output; nat is the number of atoms expected in the force block. Missing parts are NaN/null. */
    public static PwOutput parse(String text, int nat) {
        String[] lines = text.split("\\R");
        String version = "";
        boolean converged = false, notConverged = false;
        int iterations = 0;
        double energy = Double.NaN, mag = Double.NaN, wall = Double.NaN, pressure = Double.NaN;
        double[][] forces = null, stress = null;
        StringBuilder error = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            Matcher m;
            if ((m = VERSION.matcher(l)).find()) version = m.group(1);
            else if ((m = ENERGY.matcher(l)).find()) energy = num(m.group(1)) * RY_EV;
            else if ((m = MAG.matcher(l)).find()) mag = num(m.group(1));
            else if ((m = CONVERGED.matcher(l)).find()) { converged = true; iterations = Integer.parseInt(m.group(1)); }
            else if (l.contains("convergence NOT achieved")) notConverged = true;
            else if ((m = WALL.matcher(l)).find()) wall = wallSeconds(m.group(1).trim());
            else if (l.contains("Forces acting on atoms") && forces == null) forces = forces(lines, i + 1, nat);
            else if ((m = PRESSURE.matcher(l)).find() && i + 3 < lines.length) {
                pressure = num(m.group(1)) / 10;
                stress = new double[3][3];
                for (int r = 0; r < 3; r++) {
                    String[] f = lines[i + 1 + r].trim().split("\\s+");
                    if (f.length < 6) { stress = null; break; }
                    for (int c = 0; c < 3; c++) stress[r][c] = -num(f[3 + c]) / 10;   // kbar → GPa, QE sign → ASE sign
                }
            } else if (l.contains("Error in routine")) {
                error.append(l.trim());
                if (i + 1 < lines.length) error.append(": ").append(lines[i + 1].trim());
            }
        }
        return new PwOutput(version, converged && !notConverged, iterations, energy, forces, stress, pressure, mag, wall,
                error.toString());
    }

    private static double[][] forces(String[] lines, int from, int nat) {
        List<double[]> rows = new ArrayList<>();
        for (int i = from; i < lines.length && rows.size() < nat; i++) {
            Matcher m = FORCE.matcher(lines[i]);
            if (m.find()) rows.add(new double[]{num(m.group(2)) * RY_PER_BOHR_TO_EV_PER_A,
                    num(m.group(3)) * RY_PER_BOHR_TO_EV_PER_A, num(m.group(4)) * RY_PER_BOHR_TO_EV_PER_A});
            else if (lines[i].contains("Total force")) break;
        }
        return rows.size() == nat ? rows.toArray(new double[0][]) : null;
    }

    /** "1.59s", "1m12.34s", "1h 2m" as pw.x prints wall times. */
    static double wallSeconds(String s) {
        double t = 0;
        Matcher m = Pattern.compile("([0-9.]+)\\s*([hms])").matcher(s);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            t += switch (m.group(2)) { case "h" -> 3600 * v; case "m" -> 60 * v; default -> v; };
        }
        return t;
    }

    private static double num(String s) {
        try {
            return Double.parseDouble(s.replace('D', 'E').replace('d', 'e'));
        } catch (NumberFormatException e) {
            return Double.NaN;   // pw.x prints ******** when a number overflows its field
        }
    }

    /**
     * How a pw.x output says it was run: cutoffs (Ry), pseudopotential file names, spin, and the atoms, cell and
     * positions in Å (from alat units). Enough to tell whether an output computed elsewhere belongs to a structure
     * and a system's settings.
     */
    public record Header(double ecutwfc, double ecutrho, List<String> pseudopotentials, boolean spinPolarised, int atoms,
                         double[][] cell, double[][] positions) {
        private static final Pattern NUMBER = Pattern.compile("=\\s*([-0-9.Ee+]+)");
        private static final Pattern VECTOR = Pattern.compile("\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*\\)");

        public static Header parse(String text) {
            String[] lines = text.split("\\R");
            double cut = Double.NaN, rho = Double.NaN, alat = Double.NaN;
            int atoms = -1;
            boolean spin = false;
            List<String> pseudo = new ArrayList<>();
            double[][] cell = new double[3][], axes = new double[3][];
            List<double[]> tau = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i];
                if (l.contains("kinetic-energy cutoff")) cut = first(l);
                else if (l.contains("charge density cutoff")) rho = first(l);
                else if (l.contains("lattice parameter (alat)")) alat = first(l);
                else if (l.contains("number of atoms/cell")) atoms = (int) first(l);
                else if (l.contains("Starting magnetic structure")) spin = true;
                else if (l.contains("PseudoPot. #") && i + 1 < lines.length)
                    pseudo.add(java.nio.file.Path.of(lines[i + 1].trim()).getFileName().toString());
                else if (l.trim().startsWith("a(") && l.contains(") = (")) {
                    int k = l.trim().charAt(2) - '1';
                    if (k >= 0 && k < 3 && axes[k] == null) axes[k] = vector(l);
                } else if (l.contains("positions (alat units)") && tau.isEmpty())
                    for (int j = i + 1; j < lines.length && lines[j].contains("tau("); j++) tau.add(vector(lines[j]));
            }
            double scale = alat * BOHR_A;
            for (int k = 0; k < 3; k++) cell[k] = axes[k] == null ? null : scaled(axes[k], scale);
            return new Header(cut, rho, List.copyOf(pseudo), spin, atoms, axes[2] == null ? null : cell,
                    tau.stream().map(t -> scaled(t, scale)).toArray(double[][]::new));
        }

        private static double first(String line) {
            Matcher m = NUMBER.matcher(line);
            return m.find() ? num(m.group(1)) : Double.NaN;
        }

        private static double[] vector(String line) {
            Matcher m = VECTOR.matcher(line.substring(line.lastIndexOf('=')));
            return m.find() ? new double[]{num(m.group(1)), num(m.group(2)), num(m.group(3))} : new double[]{Double.NaN, Double.NaN, Double.NaN};
        }

        private static double[] scaled(double[] v, double f) { return new double[]{v[0] * f, v[1] * f, v[2] * f}; }
    }

    /** True when everything a label needs is present and finite. */
    public boolean complete() {
        if (!Double.isFinite(energy) || forces == null || stress == null) return false;
        for (double[] f : forces) for (double v : f) if (!Double.isFinite(v)) return false;
        for (double[] r : stress) for (double v : r) if (!Double.isFinite(v)) return false;
        return true;
    }
}
