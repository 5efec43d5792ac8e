package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PoscarReaderTest {
    @TempDir Path dir;

    static final String RUTILE = """
            rutile TiO2
            1.0
              4.594 0.000 0.000
              0.000 4.594 0.000
              0.000 0.000 2.959
            Ti O
            2 4
            Direct
            0.0 0.0 0.0
            0.5 0.5 0.5
            0.3053 0.3053 0.0
            0.6947 0.6947 0.0
            0.8053 0.1947 0.5
            0.1947 0.8053 0.5
            """;

    @Test void directCoordinatesVasp5() throws Exception {
        var d = read(write(dir, "POSCAR", RUTILE));
        assertThat(d.provenance()).containsEntry("format", "poscar");
        Structure s = d.get(0).structure();
        assertThat(d.get(0).formula()).isEqualTo("TiO2");
        assertThat(s.size()).isEqualTo(6);
        assertThat(s.position(1)).containsExactly(new double[]{2.297, 2.297, 1.4795}, within(1e-9));
        assertThat(d.get(0).info()).containsEntry("comment", "rutile TiO2");
    }

    @Test void negativeScaleIsTheVolumeAndCartesianIsScaled() throws Exception {
        String text = """
                Si diamond, cell given for a = 1
                -40.047869
                0 0.5 0.5
                0.5 0 0.5
                0.5 0.5 0
                Si
                2
                Selective dynamics
                Cartesian
                0 0 0 T T T
                0.25 0.25 0.25 F F F
                """;
        Structure s = read(write(dir, "si.vasp", text)).get(0).structure();
        assertThat(s.volume()).isCloseTo(40.047869, within(1e-6)); // primitive fcc cell of a = 5.431 Å: a³/4
        assertThat(s.position(1)[0]).isCloseTo(5.431 / 4, within(1e-5));
    }

    @Test void potcarSuffixesNameTheElement() throws Exception {
        var d = read(write(dir, "CONTCAR", RUTILE.replace("Ti O", "Ti_pv O_s")));
        assertThat(d.get(0).formula()).isEqualTo("TiO2");
    }

    @Test void brokenFilesNameTheLine() throws Exception {
        error(write(dir, "POSCAR_short", RUTILE.lines().limit(12).reduce("", (a, b) -> a + b + "\n")), "13",
                "ends here", "position of atom 5 of 6");
        error(write(dir, "POSCAR_lat", RUTILE.replace("  0.000 4.594 0.000", "  0.000 4.594")), "4", "lattice vector 2");
        error(write(dir, "POSCAR_el", RUTILE.replace("Ti O", "Tx O")), "6", "unknown element 'Tx'");
        error(write(dir, "POSCAR_v4", RUTILE.replace("Ti O\n", "")), "6", "VASP 5");
        error(write(dir, "POSCAR_counts", RUTILE.replace("2 4", "2")), "7", "expected 2 counts");
        error(write(dir, "POSCAR_mode", RUTILE.replace("Direct", "Fractional")), "8", "'Direct' or 'Cartesian'");
    }
}
