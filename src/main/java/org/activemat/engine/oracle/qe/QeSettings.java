package org.activemat.engine.oracle.qe;

import org.activemat.engine.chem.Element;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that fixes a pw.x calculation apart from the structure. Energies are only comparable between
 * calculations with equal settings, so the settings are written into every label's provenance.
 *
 * @param functional        label for humans ("PBE", "LDA"): the functional itself comes from the pseudopotentials
 * @param pseudopotentials  element symbol → UPF file name in pseudoDir
 * @param ecutwfc           wave-function cutoff, Ry
 * @param ecutrho           density cutoff, Ry (4 × ecutwfc for norm-conserving, more for ultrasoft)
 * @param kSpacing          maximal k-point spacing in Å⁻¹ (2π included, as VASP's KSPACING): n_i = ceil(|b_i| / kSpacing)
 * @param smearing          pw.x smearing name ("mv" = Marzari–Vanderbilt), degauss in Ry
 * @param startingMagnetization element → pw.x starting_magnetization; empty for a spin-unpolarised run
 */
public record QeSettings(String functional, Path pseudoDir, Map<String, String> pseudopotentials,
                         double ecutwfc, double ecutrho, double kSpacing, String smearing, double degauss,
                         Map<String, Double> startingMagnetization, double mixingBeta, double convThrPerAtom,
                         int electronMaxstep) {

    public static final Path DEBIAN_PSEUDO_DIR = Path.of("/usr/share/espresso/pseudo");

    public QeSettings {
        pseudopotentials = Map.copyOf(pseudopotentials);
        startingMagnetization = Map.copyOf(startingMagnetization);
        if (ecutwfc <= 0 || ecutrho < 4 * ecutwfc - 1e-9)
            throw new IllegalArgumentException("need ecutwfc > 0 and ecutrho ≥ 4·ecutwfc, got " + ecutwfc + "/" + ecutrho);
        if (!(kSpacing > 0)) throw new IllegalArgumentException("k-point spacing must be positive, got " + kSpacing);
    }

    public boolean spinPolarised() { return !startingMagnetization.isEmpty(); }

    public String pseudopotential(Element e) {
        String f = pseudopotentials.get(e.symbol());
        if (f == null) throw new IllegalArgumentException("no pseudopotential configured for " + e.symbol());
        return f;
    }

    public QeSettings withPseudoDir(Path dir) {
        return new QeSettings(functional, dir, pseudopotentials, ecutwfc, ecutrho, kSpacing, smearing, degauss,
                startingMagnetization, mixingBeta, convThrPerAtom, electronMaxstep);
    }

    public QeSettings withStartingMagnetization(Map<String, Double> magnetization) {
        return new QeSettings(functional, pseudoDir, pseudopotentials, ecutwfc, ecutrho, kSpacing, smearing, degauss,
                magnetization, mixingBeta, convThrPerAtom, electronMaxstep);
    }

    /** "PBE, 50/400 Ry, k-spacing 0.5 Å⁻¹": the settings one line of progress names. */
    public String summary() {
        return functional + ", " + fmt(ecutwfc) + "/" + fmt(ecutrho) + " Ry, k-spacing " + kSpacing + " Å⁻¹";
    }

    /** Flat key → value description for provenance records and README tables. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("functional", functional);
        m.put("pseudopotentials", String.join(",", new java.util.TreeMap<>(pseudopotentials).values()));
        m.put("ecutwfc_Ry", fmt(ecutwfc));
        m.put("ecutrho_Ry", fmt(ecutrho));
        m.put("kspacing_per_A", fmt(kSpacing));
        m.put("smearing", smearing + " " + fmt(degauss) + " Ry");
        m.put("nspin", spinPolarised() ? "2" : "1");
        return m;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%g", v);
    }
}
