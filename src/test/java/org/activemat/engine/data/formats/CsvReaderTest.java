package org.activemat.engine.data.formats;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {
    @TempDir Path dir;

    @Test void roostStyleWithIdsQuotedFieldsAndTextColumns() throws Exception {
        Path p = write(dir, "roost.csv", """
                material_id,composition,target,"note, quoted",crystal_system
                mp-1,Fe2O3,-1.5,"a, b",trigonal
                mp-2,"Li(FePO4)",-2.25,"say ""hi""\",orthorhombic
                """);
        Dataset d = read(p);
        assertThat(d.provenance()).containsEntry("format", "csv");
        assertThat(d.ids()).containsExactly("mp-1", "mp-2");
        assertThat(d.get(1).formula()).isEqualTo("LiFePO4");
        assertThat(d.get(1).hasStructure()).isFalse();
        assertThat(d.get(0).properties()).containsExactly(java.util.Map.entry("target", -1.5));
        assertThat(d.get(1).info()).containsEntry("note, quoted", "say \"hi\"").containsEntry("crystal_system", "orthorhombic");
    }

    @Test void missingAndNanValuesBecomeNaNAndTheFilterCountsThem() throws Exception {
        Path p = write(dir, "gaps.csv", "formula,band_gap\nSi,1.1\nGaAs,nan\nC,\nTiO2,3.0\n");
        Dataset d = read(p);
        assertThat(d.ids()).containsExactly("gaps#0", "gaps#1", "gaps#2", "gaps#3");
        assertThat(d.get(1).property("band_gap").getAsDouble()).isNaN();
        DatasetFilters.Result r = DatasetFilters.apply(d, DatasetFilters.Settings.paper("band_gap"));
        assertThat(r.report().nonFiniteTarget()).isEqualTo(2);
        assertThat(r.dataset().ids()).containsExactly("gaps#0", "gaps#3");
    }

    @Test void wrongFieldCountNamesTheLine() throws Exception {
        error(write(dir, "cols.csv", "formula,y\nSi,1\nC,2,3\n"), "3", "expected 2 fields", "found 3");
    }

    @Test void nonNumericValueInANumericColumnNamesLineAndColumn() throws Exception {
        error(write(dir, "num.csv", "formula,y\nSi,1\nC,abc\n"), "3", "expected a number in column 'y'", "'abc'");
    }

    @Test void missingFormulaColumnIsReportedOnTheHeader() throws Exception {
        error(write(dir, "nof.csv", "name,y\nSi,1\n"), "1", "'formula' or 'composition'", "[name, y]");
    }

    @Test void unknownElementNamesLine() throws Exception {
        error(write(dir, "el.csv", "formula,y\nSi,1\nXy2O,2\n"), "3", "column 'formula'", "unknown element 'Xy'");
    }

    @Test void headerOnlyAndUnclosedQuote() throws Exception {
        error(write(dir, "head.csv", "formula,y\n"), "2", "expected data rows");
        Path q = write(dir, "q.csv", "formula,y\n\"Si,1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(q))
                .isInstanceOf(org.activemat.engine.data.DataFormatException.class)
                .hasMessageContaining("q.csv").hasMessageContaining("line 2").hasMessageContaining("never closed");
    }
}
