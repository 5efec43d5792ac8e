package org.activemat.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableTest {
    private static List<String> printed(TextTable t) {
        StringWriter w = new StringWriter();
        t.print(new PrintWriter(w, true));
        return w.toString().lines().toList();
    }

    /** A cell longer than its header (an interval, "never (1 seed, no interval)") widens its column, not the next ones. */
    @Test void everyColumnIsAsWideAsItsWidestCellSoColumnsLineUp() {
        TextTable t = new TextTable("strategy", "final MAE", "labels saved (95 % CI)", "σ × 95%");
        t.add("random", "0.07449 ± 0.011", "—", "×6.3");
        t.add("uncertainty", "0.0725", "5.3 % (95 % CI < 0 … 44.2 %)", "×12.5");
        List<String> lines = printed(t);
        assertThat(lines).hasSize(3);
        // right-aligned columns: each row ends where the header does, and each cell ends under its header's end
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isEqualTo(lines.get(0).length()));
        int maeEnd = lines.get(0).indexOf("final MAE") + "final MAE".length();   // right-aligned: the header ends where its cells do
        assertThat(lines.get(1).indexOf("0.07449 ± 0.011") + "0.07449 ± 0.011".length())
                .isEqualTo(lines.get(2).indexOf("0.0725") + "0.0725".length());
        assertThat(lines.get(1).indexOf("0.07449 ± 0.011") + "0.07449 ± 0.011".length()).isEqualTo(maeEnd);
        assertThat(lines.get(1)).startsWith("random ");
        assertThat(lines.get(2).indexOf("×12.5")).isEqualTo(lines.get(1).indexOf("×6.3") - 1);
    }
}
