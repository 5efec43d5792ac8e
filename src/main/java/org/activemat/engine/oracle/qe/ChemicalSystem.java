package org.activemat.engine.oracle.qe;

import org.activemat.engine.chem.Element;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four systems of the bundled data, with the pw.x settings each one is labelled with (DESIGN.md §6).
 * Smearing is used for every system because strained and rattled candidates of semiconductors are often metallic.
 * Fe uses the semicore Fe.pbe-spn-rrkjus_psl.0.2.1.UPF at 50/400 Ry: non-magnetic hcp lies 0.116 eV/atom above
 * ferromagnetic bcc (0.108 at the 64/782 Ry its header asks for; PBE literature ≈ 0.1). Below 50/400 that gap breaks
 * (40/320: 0.29; 45/400: 0.16), and the valence-only Fe.pbe-nd-rrkjus.UPF gives 0.23 at any cutoff. Spin-polarised
 * semicore cells without symmetry are costly (a rattled 2-atom cell: 162 k-points at 0.40 Å⁻¹, ~8 CPU minutes), so Fe
 * uses 0.50 Å⁻¹: the gap becomes 0.139 and the 1- and 2-atom bcc cells differ by 4 meV/atom. Cells hold at most 4
 * atoms. starting_magnetization 0.25 (~2 μB/atom of its 16 valence electrons) spares non-magnetic cells the collapse
 * of a larger starting moment; conv_thr is 1e-6 Ry/atom.
 */
public enum ChemicalSystem {
    SI("Si", List.of("Si"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Si", "Si.pbe-rrkj.UPF"), 20, 80, 0.35, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    C("C", List.of("C"), 16, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("C", "C.pbe-rrkjus.UPF"), 30, 240, 0.40, "mv", 0.02, Map.of(), 0.4, 1e-8, 120)),
    FE("Fe", List.of("Fe"), 4, new QeSettings("PBE", QeSettings.DEBIAN_PSEUDO_DIR,
            Map.of("Fe", "Fe.pbe-spn-rrkjus_psl.0.2.1.UPF"), 50, 400, 0.50, "mv", 0.02,
            Map.of("Fe", 0.25), 0.3, 1e-6, 100)),
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

    /** The system whose pseudopotentials cover all these elements, preferring the one with fewest elements. */
    public static java.util.Optional<ChemicalSystem> covering(java.util.Collection<Element> used) {
        return java.util.Arrays.stream(values()).filter(c -> c.elements().containsAll(used))
                .min(java.util.Comparator.comparingInt(c -> c.elements.size()));
    }

    public String label() { return label; }

    public List<Element> elements() { return elements.stream().map(Element::of).toList(); }

    public int maxAtoms() { return maxAtoms; }

    public QeSettings settings() { return settings; }
}
