package org.activemat.ui.common.chart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A chart's file: named after what it shows, its extension added, never written through a link. */
class ChartFilesTest {
    @TempDir Path dir;

    @Test void theDefaultNameComesFromTheTitleWithoutHowItWasDrawn() {
        assertThat(ChartFiles.defaultName("Test MAE of formation_energy_per_atom on Si vs labels (mean, band: 95 % CI)", "png"))
                .isEqualTo("Test-MAE-of-formation_energy_per_atom-on-Si-vs-labels.png");
        assertThat(ChartFiles.defaultName("", "svg")).isEqualTo("chart.svg");
        assertThat(ChartFiles.defaultName("Parity: random, all seeds (64 test predictions)", "svg")).isEqualTo("Parity-random-all-seeds.svg");
        assertThat(ChartFiles.defaultName("x".repeat(30) + " " + "y".repeat(40), "png")).hasSizeLessThanOrEqualTo(64);
    }

    @Test void theExtensionIsAddedOnlyWhenMissing() {
        assertThat(ChartFiles.withExtension(dir.resolve("curves"), "png")).isEqualTo(dir.resolve("curves.png"));
        assertThat(ChartFiles.withExtension(dir.resolve("curves.PNG"), "png")).isEqualTo(dir.resolve("curves.PNG"));
        assertThat(ChartFiles.withExtension(dir.resolve("curves.svg"), "png")).isEqualTo(dir.resolve("curves.svg.png"));
    }

    @Test void aSymbolicLinkIsRefusedAndItsTargetKept() throws IOException {
        Path target = Files.writeString(dir.resolve("thesis.tex"), "my thesis");
        Path link = dir.resolve("chart.png");
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertThatThrownBy(() -> ChartFiles.write(link, new byte[]{1, 2, 3})).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(target)).isEqualTo("my thesis");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        ChartFiles.write(dir.resolve("other.png"), new byte[]{1, 2, 3});
        assertThat(Files.readAllBytes(dir.resolve("other.png"))).containsExactly(1, 2, 3);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("thesis.tex", "chart.png", "other.png");
        }
    }

    @Test void thePngSizeIsAScaleOfTheScreenOrPixelsAndDpi() {
        assertThat(PngSize.parse("2×", 665, 271)).isEqualTo(new PngSize(1330, 542, 192));
        assertThat(PngSize.parse(" 3x ", 665, 271)).isEqualTo(new PngSize(1995, 813, 288));
        assertThat(PngSize.parse("1600 × 900 px, 300 dpi", 665, 271)).isEqualTo(new PngSize(1600, 900, 300));
        assertThat(PngSize.parse("1600x900", 665, 271).dpi()).isEqualTo(PngSize.DEFAULT_DPI);
        assertThatThrownBy(() -> PngSize.parse("big", 665, 271)).hasMessageContaining("expected a scale such as 2×");
        assertThatThrownBy(() -> PngSize.parse("400 × 300 px, 300 dpi", 665, 271)).hasMessageContaining("too small");
        assertThatThrownBy(() -> PngSize.parse("50×", 665, 271)).hasMessageContaining("0.5× to 10×");
    }
}
