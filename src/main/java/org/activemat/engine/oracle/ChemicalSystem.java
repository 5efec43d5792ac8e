package org.activemat.engine.oracle;

import org.activemat.engine.chem.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four systems of the bundled data, with the pw.x settings each one is labelled with (DESIGN.md §6).
 * Smearing is used for every system because strained and rattled candidates of semiconductors are often metallic.
 * Fe uses Fe.pbe-nd-rrkjus.UPF, which is converged at 30/240 Ry: bcc a = 2.83 Å, 2.24 μB, fcc 0.13 eV/atom higher.
 * The semicore Fe.pbe-spn-rrkjus_psl.0.2.1.UPF needs 64/782 Ry; at 25/200 it put bcc at a = 2.93 Å and a high-spin
 * fcc cell 54 meV/atom below bcc. A metal needs a denser mesh: at 0.55 Å⁻¹ the 1- and 2-atom bcc cells differed by
 * 29 meV/atom, at 0.30 by 4. Fe also gets a starting moment near the converged one and conv_thr 1e-6 Ry/atom.
 */
public enum ChemicalSystem {
    SI("Si", List.of("Si"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Si", "Si.pbe-rrkj.UPF"), 20, 80, 0.35, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    C("C", List.of("C"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("C", "C.pbe-rrkjus.UPF"), 30, 240, 0.40, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    FE("Fe", List.of("Fe"), 12, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Fe", "Fe.pbe-nd-rrkjus.UPF"), 30, 240, 0.30, "mv", 0.02,
            Map.of("Fe", 0.4), 0.3, 1e-6, 100)),
    TIO("TiO", List.of("Ti", "O"), 12, new QeSettings("LDA", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Ti", "Ti.pz-sp-van_ak.UPF", "O", "O.pz-rrkjus.UPF"), 25, 200, 0.60, "mv", 0.02,
            Map.of(), 0.3, 1e-7, 150));

    private final String label;
    private final List<String> elements;
    private final int maxAtoms;
    private final QeSettings settings;

    ChemicalSystem(String label, List<String> elements, int maxAtoms, QeSettings settings) {
        this.label = label;
        this.elements = elements;
        this.maxAtoms = maxAtoms;
        this.settings = settings;
    }

    /** "Si", "C", "Fe", "TiO" (case-insensitive; "Ti-O" and "TiO2" are accepted too). */
    public static ChemicalSystem parse(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("–", "");
        for (ChemicalSystem c : values()) if (c.label.toLowerCase(Locale.ROOT).equals(k)) return c;
        if (k.equals("tio2")) return TIO;
        throw new IllegalArgumentException("unknown system '" + s + "': expected Si, C, Fe or TiO");
    }

    public String label() { return label; }

    public List<Element> elements() { return elements.stream().map(Element::of).toList(); }

    public int maxAtoms() { return maxAtoms; }

    public QeSettings settings() { return settings; }
}
