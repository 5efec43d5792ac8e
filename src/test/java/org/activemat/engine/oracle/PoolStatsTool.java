package org.activemat.engine.oracle;

import org.activemat.engine.oracle.generator.*;
import java.util.*;

/** Temporary: prints pool statistics. */
public class PoolStatsTool {
    public static void main(String[] a) {
        for (ChemicalSystem s : ChemicalSystem.values()) {
            CandidateGenerator g = new CandidateGenerator(s, 2601);
            for (Prototype p : g.prototypes()) {
                StringBuilder b = new StringBuilder(s + " " + p.name() + ":");
                for (Prototype.Cell c : p.cells()) b.append(" ").append(c.tag()).append("=").append(c.structure().size())
                        .append(String.format("(%.2f)", CandidateGenerator.minDistanceRatio(c.structure())));
                System.out.println(b);
            }
            Map<Integer, Integer> sizes = new TreeMap<>();
            Map<String, Integer> protos = new TreeMap<>();
            for (Candidate c : g.generate(400)) { sizes.merge(c.structure().size(), 1, Integer::sum); protos.merge(c.prototype(), 1, Integer::sum); }
            System.out.println(s + " sizes " + sizes + "\n   protos " + protos);
            int[] k = PwInput.kMesh(g.candidate(0).structure().lattice(), s.settings().kSpacing());
            System.out.println("   " + g.candidate(0).id() + " " + g.candidate(0).structure() + " k " + Arrays.toString(k));
        }
    }
}
