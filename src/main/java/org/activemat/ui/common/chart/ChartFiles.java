package org.activemat.ui.common.chart;

import org.activemat.report.FigureFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A chart's file on disk: its default name, its extension, and a write that never leaves half a file or follows a link. */
public final class ChartFiles {
    private ChartFiles() {}

    private static final int MAX_NAME = 60;

    /**
     * A file name from the chart's title, which names the quantity, target and system: "Test MAE of
     * formation_energy_per_atom on Si vs labels (mean, band: …)" → "Test-MAE-of-formation_energy_per_atom-on-Si-vs-labels.png".
     */
    public static String defaultName(String title, String extension) {
        String s = (title == null ? "" : title).replaceAll("\\([^)]*\\)", " ")   // "(mean, band: 95 % CI)" says how, not what
                .replaceAll("[^A-Za-z0-9_.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > MAX_NAME) {
            int cut = s.lastIndexOf('-', MAX_NAME);
            s = s.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME);
        }
        return (s.isEmpty() ? "chart" : s) + "." + extension;
    }

    /** The file with ".extension" added when the name typed in the chooser has none (GTK's chooser adds none). */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }

    /**
     * Writes the whole file through a temporary file and a move, so a failure leaves what was there untouched; a
     * symbolic link at that name is refused, never written through or replaced.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        if (Files.isSymbolicLink(file))
            throw new IOException(file + " is a symbolic link; ActiveMat does not write through links");
        FigureFiles.writeAtomically(file, bytes);
    }
}
