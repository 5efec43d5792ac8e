package org.activemat.ui.common;

import org.activemat.engine.data.DataFormatException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMessagesTest {
    @Test void aBrokenFileNamesFileLineAndProblem() {
        DataFormatException e = DataFormatException.atLine(Path.of("/tmp/Si.extxyz"), 12, "expected 3 coordinates, found 2");
        ErrorMessages.Message m = ErrorMessages.of("Could not open Si.extxyz", new RuntimeException(e));
        assertThat(m.header()).contains("Si.extxyz").contains("line 12");
        assertThat(m.detail()).contains("File: Si.extxyz").contains("Where: line 12")
                .contains("Problem: expected 3 coordinates, found 2");
    }

    @Test void aJsonPathIsShownAsAPathNotALine() {
        DataFormatException e = DataFormatException.atPath(Path.of("mp.json"), "$[3].structure", "expected an object");
        assertThat(ErrorMessages.of("Open", e).detail()).contains("Where: at $[3].structure");
    }

    @Test void anUnexpectedErrorIsCalledABugNotBadInput() {
        ErrorMessages.Message m = ErrorMessages.of("Run", new ExceptionInInitializerError(new ArrayIndexOutOfBoundsException("8")));
        assertThat(m.header()).contains("internal error");
        assertThat(m.detail()).contains("ArrayIndexOutOfBoundsException");
    }

    /** A failed save must not say the file could not be read. */
    @Test void aFailedWriteSaysWritten() {
        var e = new java.nio.file.AccessDeniedException("/read-only/chart.png");
        assertThat(ErrorMessages.of("Could not save chart.png", e).header()).isEqualTo("Could not save chart.png: the file could not be written");
        assertThat(ErrorMessages.of("Could not open Si.extxyz", e).header()).endsWith("could not be read");
    }
}
