package org.activemat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a display the workbench says so in one line and exits 2, instead of JavaFX's stack trace. */
class MainTest {
    static final String LINE = "activemat: no display (DISPLAY is not set); the command line works without one: activemat --help";

    @Test void noDisplayOnLinuxIsOneLine() {
        assertThat(Main.noDisplay(Map.of(), "Linux", null)).isEqualTo(LINE);
        assertThat(Main.noDisplay(Map.of("DISPLAY", ""), "Linux", null)).isEqualTo(LINE);
        assertThat(Main.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null)).isNull();
        assertThat(Main.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null)).isNull();
        assertThat(Main.noDisplay(Map.of(), "Linux", "Monocle")).as("headless Monocle needs none").isNull();
        assertThat(Main.noDisplay(Map.of(), "Windows 11", null)).isNull();
    }

    @Test void theLauncherAndGuiPrintTheLineAndExit2WithoutADisplay() throws Exception {
        for (List<String> args : List.of(List.<String>of(), List.of("gui"))) {
            List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
            Process p = pb.start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(out).as("args %s", args).isEqualTo(LINE);
            assertThat(p.exitValue()).isEqualTo(2);
        }
    }
}
