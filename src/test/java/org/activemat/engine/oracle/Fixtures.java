package org.activemat.engine.oracle;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test resources (real pw.x 6.7 inputs/outputs made by this project) and the structures they belong to. */
public final class Fixtures {
    private Fixtures() {}

    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Diamond Si, a = 5.47 Å, 2-atom primitive cell: the structure of si2.in / si2.out. */
    public static Structure diamondSi() {
        Element si = Element.of("Si");
        double s = 5.47 / 2;
        return new Structure(new Lattice(new double[][]{{0, s, s}, {s, 0, s}, {s, s, 0}}), List.of(si, si),
                new double[][]{{0, 0, 0}, {s / 2, s / 2, s / 2}});
    }

    /** bcc Fe, a = 2.83 Å, second atom displaced: the structure of fe2.in / fe2.out. */
    public static Structure displacedBccFe() {
        Element fe = Element.of("Fe");
        return Structure.fromFractional(Lattice.cubic(2.83), List.of(fe, fe), new double[][]{{0, 0, 0}, {.52, .49, .5}});
    }
}
