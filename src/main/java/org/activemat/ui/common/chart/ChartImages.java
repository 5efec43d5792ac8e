package org.activemat.ui.common.chart;

import org.activemat.report.Figure;
import org.activemat.report.FigureFiles;

import java.awt.image.BufferedImage;

/**
 * A chart picture as a PNG, an SVG or an image for the clipboard: the screen's painters on Java2D
 * (Java2dChartCanvas), turned into files by the report's FigureFiles (PNG with its dpi, SVG through JFreeSVG).
 */
public final class ChartImages {
    private ChartImages() {}

    /** Point clouds are one image in an SVG too (a vector square per point would make huge files): this sharp. */
    static final double SVG_RASTER_SCALE = 3;

    /** The picture as a report figure: FigureFiles gives points (1/72 inch), the painters lay out chart units (1/96 inch). */
    static Figure figure(ChartPicture picture, double rasterScale) {
        double unitsPerPoint = PngSize.UNITS_PER_INCH / 72;
        return (g, widthPt, heightPt) -> {
            g.scale(1 / unitsPerPoint, 1 / unitsPerPoint);
            ChartPainter.paint(picture.withoutHover(), new Java2dChartCanvas(g, rasterScale), widthPt * unitsPerPoint,
                    heightPt * unitsPerPoint, new PointRaster());
        };
    }

    public static BufferedImage image(ChartPicture picture, PngSize size) {
        return FigureFiles.toImage(figure(picture, size.dpi() / PngSize.UNITS_PER_INCH), size.widthPx(), size.heightPx(), size.dpi());
    }

    /** The PNG file's bytes, its resolution in the pHYs chunk. */
    public static byte[] png(ChartPicture picture, PngSize size) {
        return FigureFiles.toPng(figure(picture, size.dpi() / PngSize.UNITS_PER_INCH), size.widthPx(), size.heightPx(), size.dpi());
    }

    /** The SVG file's text, laid out at the chart's size on screen (and printing at it). */
    public static String svg(ChartPicture picture) {
        int w = (int) Math.max(1, Math.round(picture.width())), h = (int) Math.max(1, Math.round(picture.height()));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + FigureFiles.toSvgString(figure(picture, SVG_RASTER_SCALE), w, h, PngSize.UNITS_PER_INCH, "chart-") + "\n";
    }
}
