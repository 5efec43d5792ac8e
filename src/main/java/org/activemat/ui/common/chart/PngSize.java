package org.activemat.ui.common.chart;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a chart's PNG: pixels and the resolution written into the file. One chart unit is 1/96 inch, so a chart
 * of widthPx at dpi is laid out on widthPx × 96 / dpi units: "2×" keeps the screen's layout with twice the pixels
 * (192 dpi), "1600 × 900 px, 300 dpi" lays the chart out on 512 × 288 units, with its text at the size it prints.
 */
public record PngSize(int widthPx, int heightPx, double dpi) {
    /** Print resolution when the size is given in pixels only. */
    public static final double DEFAULT_DPI = 300;
    static final double UNITS_PER_INCH = 96;
    /** Below this a chart has no room for its axes and legend (the workbench's own minimum chart size). */
    public static final double MIN_WIDTH = 200, MIN_HEIGHT = 150;

    private static final String EXPECTED = "expected a scale such as 2× or a size such as 1600 × 900 px, 300 dpi";
    private static final Pattern SCALE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[x×]?");
    private static final Pattern PIXELS = Pattern.compile("(\\d+)\\s*[x×]\\s*(\\d+)\\s*(?:px)?\\s*(?:[,;]?\\s*(\\d+(?:\\.\\d+)?)\\s*dpi)?");

    public PngSize {
        if (widthPx < 1 || heightPx < 1 || widthPx > 20_000 || heightPx > 20_000)
            throw new IllegalArgumentException("a PNG of " + widthPx + " × " + heightPx + " px: expected 1 to 20000 px on each side");
        if (!(dpi >= 10 && dpi <= 4800)) throw new IllegalArgumentException("a resolution of " + dpi + " dpi: expected 10 to 4800");
    }

    /** The on-screen size times scale, at the resolution that prints it at its size on screen. */
    public static PngSize scaled(double width, double height, double scale) {
        return new PngSize((int) Math.round(width * scale), (int) Math.round(height * scale), UNITS_PER_INCH * scale);
    }

    /** What the user typed in the size dialog, for a chart of width × height on screen. */
    public static PngSize parse(String answer, double width, double height) {
        String a = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        Matcher m = SCALE.matcher(a);
        PngSize size;
        if (m.matches()) {
            double scale = Double.parseDouble(m.group(1));
            if (!(scale >= 0.5 && scale <= 10)) throw new IllegalArgumentException("a scale of " + m.group(1) + ": expected 0.5× to 10×");
            size = scaled(width, height, scale);
        } else if ((m = PIXELS.matcher(a)).matches()) {
            size = new PngSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? DEFAULT_DPI : Double.parseDouble(m.group(3)));
        } else {
            throw new IllegalArgumentException("\"" + answer + "\": " + EXPECTED);
        }
        if (size.layoutWidth() < MIN_WIDTH - 0.5 || size.layoutHeight() < MIN_HEIGHT - 0.5)
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%d × %d px at %.0f dpi leaves %.0f × %.0f px of chart, "
                            + "too small for its axes and legend: ask for more pixels or fewer dpi", size.widthPx, size.heightPx,
                    size.dpi, size.layoutWidth(), size.layoutHeight()));
        return size;
    }

    /** Width of the chart's layout in chart units. */
    public double layoutWidth() { return widthPx * UNITS_PER_INCH / dpi; }

    public double layoutHeight() { return heightPx * UNITS_PER_INCH / dpi; }
}
