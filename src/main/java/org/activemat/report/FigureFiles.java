package org.activemat.report;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;

/**
 * A figure as a PNG (with its resolution in the pHYs chunk, so a word processor places it at its printed size), as
 * an SVG (vector, through JFreeSVG), or as an image for the screen; all from the figure's one draw method.
 * <p>
 * Sizes are in pixels at a resolution: widthPx × heightPx at dpi print at (widthPx/dpi) inches. The SVG of the same
 * pixel size and dpi has the same printed size (its width and height are written in pt) and the same layout.
 * Files are written to a temporary file next to the target and moved over it, so a reader never sees half a file.
 */
public final class FigureFiles {
    private FigureFiles() {}

    public static final int DPI = FigureSize.DPI;

    /** The figure drawn into a white image of widthPx × heightPx, as if printed at dpi (the screen: about 96). */
    public static BufferedImage toImage(Figure figure, int widthPx, int heightPx, double dpi) {
        checkSize(widthPx, heightPx, dpi);
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Text.hints(g);
            double scale = dpi / 72;
            g.scale(scale, scale);
            figure.draw(g, widthPx / scale, heightPx / scale);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The PNG bytes, with pHYs set to dpi (e.g. for a base64 data URI). */
    public static byte[] toPng(Figure figure, int widthPx, int heightPx, double dpi) {
        BufferedImage img = toImage(figure, widthPx, heightPx, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writePng(img, dpi, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a byte array does not fail
        }
        return out.toByteArray();
    }

    public static void writePng(Path file, Figure figure, int widthPx, int heightPx, double dpi) throws IOException {
        writeAtomically(file, toPng(figure, widthPx, heightPx, dpi));
    }

    /** At 300 dpi. */
    public static void writePng(Path file, Figure figure, int widthPx, int heightPx) throws IOException {
        writePng(file, figure, widthPx, heightPx, DPI);
    }

    /** At the printed size and dpi (e.g. {@link FigureSize#PAGE}, 300). */
    public static void writePng(Path file, Figure figure, FigureSize size, double dpi) throws IOException {
        writePng(file, figure, size.widthPx(dpi), size.heightPx(dpi), dpi);
    }

    /** At the printed size (width and height in pt). */
    public static void writeSvg(Path file, Figure figure, FigureSize size) throws IOException {
        writeSvg(file, figure, size.widthPx(DPI), size.heightPx(DPI), DPI);
    }

    /** The standalone SVG element of a figure widthPx × heightPx at dpi (width and height in pt, a viewBox in pt). */
    public static String toSvgString(Figure figure, int widthPx, int heightPx, double dpi) {
        return toSvgString(figure, widthPx, heightPx, dpi, "fig-");
    }

    /**
     * As toSvgString, its element ids (clip paths) starting with idPrefix: several SVGs inline in one HTML page
     * need different prefixes. The same figure gives the same text every time (no time-based ids).
     */
    public static String toSvgString(Figure figure, int widthPx, int heightPx, double dpi, String idPrefix) {
        checkSize(widthPx, heightPx, dpi);
        double w = widthPx * 72.0 / dpi, h = heightPx * 72.0 / dpi;
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PT);
        g.setDefsKeyPrefix(idPrefix);
        // name fonts with similar metrics after the logical family, so browsers lay text out as Java measured it
        g.setFontFunction(family -> family.equalsIgnoreCase("SansSerif") || family.equalsIgnoreCase("Dialog")
                ? "\"DejaVu Sans\", Verdana, Arial, sans-serif" : family);   // JFreeSVG quotes attributes with '
        Text.hints(g);
        figure.draw(g, w, h);
        return g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
    }

    /** At 300 dpi, like the PNG of the same pixel size. */
    public static String toSvgString(Figure figure, int widthPx, int heightPx) {
        return toSvgString(figure, widthPx, heightPx, DPI);
    }

    public static void writeSvg(Path file, Figure figure, int widthPx, int heightPx, double dpi) throws IOException {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toSvgString(figure, widthPx, heightPx, dpi) + "\n";
        writeAtomically(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    /** At 300 dpi, so it prints at the size of the PNG of the same pixel size. */
    public static void writeSvg(Path file, Figure figure, int widthPx, int heightPx) throws IOException {
        writeSvg(file, figure, widthPx, heightPx, DPI);
    }

    /** Writes bytes to a temporary file in the target's folder, then moves it over the target. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        // not createTempFile: its owner-only permissions would stay on the moved file
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writePng(BufferedImage img, double dpi, ByteArrayOutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) throw new IOException("this Java has no PNG writer");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, dpi);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** pHYs: pixels per metre on both axes. */
    private static void setDpi(IIOMetadata meta, double dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }

    private static void checkSize(int widthPx, int heightPx, double dpi) {
        if (widthPx <= 0 || heightPx <= 0) throw new IllegalArgumentException("a figure needs a positive size, got " + widthPx + " × " + heightPx + " px");
        if (!(dpi > 0) || !Double.isFinite(dpi)) throw new IllegalArgumentException("the resolution must be positive, got " + dpi + " dpi");
        if ((long) widthPx * heightPx > 200_000_000L) throw new IllegalArgumentException("a figure of " + widthPx + " × " + heightPx + " px is too large to draw");
    }
}
