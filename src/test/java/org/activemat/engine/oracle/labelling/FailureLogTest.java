package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.OracleException;

import org.activemat.engine.data.formats.IdRoundTripTestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed candidate is found again on restart whatever its id holds (tab, line break, '#' first…). */
class FailureLogTest {
    @TempDir Path dir;

    @Test void everyIdIsFoundAgainAfterReopening() throws Exception {
        Path file = dir.resolve("x.failed.tsv");
        FailureLog log = FailureLog.open(file);
        for (String id : IdRoundTripTestIds.ODD_IDS)
            log.record(id, new OracleException(OracleException.Reason.NOT_CONVERGED, "no\tconvergence\nfor " + id, "tail\tline"), 1.5);
        FailureLog back = FailureLog.open(file);
        assertThat(back.reasons().keySet()).containsExactlyElementsOf(IdRoundTripTestIds.ODD_IDS);
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(IdRoundTripTestIds.ODD_IDS.size() + 1);
        for (String id : IdRoundTripTestIds.ODD_IDS) assertThat(back.contains(id)).isTrue();
    }

    @Test void aStrayNonUtf8ByteDoesNotStopReading() throws Exception {
        Path file = dir.resolve("y.failed.tsv");
        Files.write(file, "# id\treason\twall_seconds\tmessage\nSi-1\tNOT_CONVERGED\t1.0\tcaf\u00e9 \n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(FailureLog.open(file).contains("Si-1")).isTrue();
    }
}
