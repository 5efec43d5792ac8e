package org.activemat.report;

/**
 * The printed size of a figure in points (1/72 inch), and its size in pixels at a resolution.
 * E.g. {@code FigureSize.cm(17, 12).widthPx(300)} = 2008 px.
 */
public record FigureSize(double widthPt, double heightPt) {

    public static final int DPI = 300;
    /** A full text width of a thesis page and a 4:3 figure; a good default for the study's figures. */
    public static final FigureSize PAGE = cm(17, 12.75);

    public FigureSize {
        if (!(widthPt > 0 && heightPt > 0) || !Double.isFinite(widthPt) || !Double.isFinite(heightPt))
            throw new IllegalArgumentException("a figure needs a positive finite size, got " + widthPt + " × " + heightPt + " pt");
    }

    public static FigureSize cm(double width, double height) {
        return new FigureSize(width / 2.54 * 72, height / 2.54 * 72);
    }

    public static FigureSize inches(double width, double height) {
        return new FigureSize(width * 72, height * 72);
    }

    /** The size that widthPx × heightPx pixels print at dpi. */
    public static FigureSize px(int widthPx, int heightPx, double dpi) {
        return new FigureSize(widthPx * 72.0 / dpi, heightPx * 72.0 / dpi);
    }

    public int widthPx(double dpi) { return (int) Math.round(widthPt * dpi / 72); }

    public int heightPx(double dpi) { return (int) Math.round(heightPt * dpi / 72); }
}
