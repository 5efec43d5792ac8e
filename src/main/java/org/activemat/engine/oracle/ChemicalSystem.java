package org.activemat.engine.oracle;

import org.activemat.engine.chem.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four systems of the bundled data, with the pw.x settings each one is labelled with (DESIGN.md §6).
 * Smearing is used for every system because strained and rattled candidates of semiconductors are often metallic.
 * Fe uses the semicore Fe.pbe-spn-rrkjus_psl.0.2.1.UPF at 50/400 Ry: non-magnetic hcp lies 0.116 eV/atom above
 * ferromagnetic bcc (0.108 at the 64/782 Ry its header asks for; PBE literature ≈ 0.1). Below 50/400 that gap breaks
 * (40/320: 0.29; 45/400: 0.16), and the valence-only Fe.pbe-nd-rrkjus.UPF gives 0.23 at any cutoff. At 0.40 Å⁻¹ the 1-
 * and 2-atom bcc cells differ by 15 meV/atom (4 at 0.30, for 2.4× the k-points). Fe cells hold at most 4 atoms: without
 * symmetry a 4-atom cell already costs ~6 CPU minutes. Fe starts near its moment and uses conv_thr 1e-6 Ry/atom.
 */
public enum ChemicalSystem {
    SI("Si", List.of("Si"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Si", "Si.pbe-rrkj.UPF"), 20, 80, 0.35, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    C("C", List.of("C"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("C", "C.pbe-rrkjus.UPF"), 30, 240, 0.40, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    FE("Fe", List.of("Fe"), 4, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Fe", "Fe.pbe-spn-rrkjus_psl.0.2.1.UPF"), 50, 400, 0.40, "mv", 0.02,
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
