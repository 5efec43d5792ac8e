package org.activemat.engine.oracle;

import org.activemat.engine.chem.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four systems of the bundled data, with the pw.x settings each one is labelled with (DESIGN.md §6).
 * Smearing is used for every system because strained and rattled candidates of semiconductors are often metallic.
 * Fe gets a wider smearing, a coarser mesh, a starting moment near the converged one and conv_thr 1e-6 Ry/atom
 * (energy error ≲ 0.02 meV/atom): measured on a rattled 2-atom cell, the slow drift of the total moment otherwise
 * took 42 SCF steps (0.02 Ry, starting_magnetization 0.4, β 0.2) instead of 12.
 */
public enum ChemicalSystem {
    SI("Si", List.of("Si"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Si", "Si.pbe-rrkj.UPF"), 20, 80, 0.35, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    C("C", List.of("C"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("C", "C.pbe-rrkjus.UPF"), 30, 240, 0.40, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    FE("Fe", List.of("Fe"), 12, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Fe", "Fe.pbe-spn-rrkjus_psl.0.2.1.UPF"), 25, 200, 0.55, "mv", 0.05,
            Map.of("Fe", 0.2), 0.3, 1e-6, 100)),
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
