package org.activemat.ui.common.chart;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved chart is the screen's painters on Java2D: headless (no toolkit), a known picture goes to SVG and PNG and is
 * read back: the curves with all their points, the legend, the axis units, the series' colour where a point is.
 */
class ChartImagesTest {
    private static final Color RANDOM = Color.web("#7f7f7f"), DIVERSITY = Color.web("#e15759");
    private static final double W = 640, H = 400;

    /** Two learning curves (5 and 7 rounds) with bands, and a lone scatter point, as the Run panel draws them. */
    private static ChartPicture picture() {
        double[] x5 = {10, 15, 20, 25, 30}, y5 = {0.30, 0.26, 0.22, 0.20, 0.19};
        double[] x7 = {10, 15, 20, 25, 30, 35, 40}, y7 = {0.30, 0.25, 0.20, 0.17, 0.15, 0.14, 0.13};
        List<ChartView.Line> lines = List.of(
                new ChartView.Line("random (5 seeds)", x5, y5, shift(y5, -0.02), shift(y5, 0.02), RANDOM, true),
                new ChartView.Line("diversity (5 seeds)", x7, y7, shift(y7, -0.02), shift(y7, 0.02), DIVERSITY, false));
        List<ChartView.Points> points = List.of(new ChartView.Points("", new double[]{35}, new double[]{0.28}, new int[]{0xff1f5fa8}, 6, false));
        Viewport fit = new Viewport();
        fit.fit(points, lines, null, false);
        return new ChartPicture("Test MAE of formation_energy_per_atom on Si vs labels", "labelled structures",
                "MAE (eV/atom)", "", points, lines, null, null, false, new int[0], -1, 3, fit.range(), Set.of(), false, W, H);
    }

    private static double[] shift(double[] y, double d) {
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) out[i] += d;
        return out;
    }

    /** Where a data point lands, in chart units, for a chart of the picture's size. */
    private static double[] at(ChartPicture p, double x, double y) {
        Viewport v = new Viewport();
        v.setRange(p.range());
        ChartPainter.plotArea(v, p.width(), p.height(), false);
        return new double[]{v.sx(x), v.sy(y)};
    }

    @Test void theSvgHasEachCurveWithAllItsPointsTheLegendAndTheAxisUnits() throws Exception {
        String svg = ChartImages.svg(picture());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(root.getAttribute("width").replace("pt", ""))).isEqualTo(480);   // 640 px on screen at 96 dpi
        List<String> texts = new ArrayList<>();
        NodeList t = doc.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) texts.add(t.item(i).getTextContent());
        assertThat(texts).contains("random (5 seeds)", "diversity (5 seeds)", "MAE (eV/atom)", "labelled structures",
                "Test MAE of formation_energy_per_atom on Si vs labels");
        // each curve is one open path in its colour, as many vertices as rounds; its band is a closed path twice as long
        assertThat(vertices(doc, "rgb(225,87,89)", false)).containsExactly(7);
        assertThat(vertices(doc, "rgb(127,127,127)", false)).containsExactly(5);
        assertThat(vertices(doc, "rgb(225,87,89)", true)).containsExactly(14);
        assertThat(svg).contains("stroke-dasharray");   // random, the baseline, is dashed as on screen
        assertThat(svg).contains("data:image/png;base64");   // the scatter point's raster
    }

    /** Vertex counts of the stroked (or filled) paths with this colour. */
    private static List<Integer> vertices(Document doc, String rgb, boolean filled) {
        List<Integer> out = new ArrayList<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element e = (Element) paths.item(i);
            // JFreeSVG puts a shape's style on the path or on a group around it
            Element parent = e.getParentNode() instanceof Element p ? p : e;
            String style = (e.getAttribute("style") + ";" + parent.getAttribute("style")).replace(" ", "");
            String d = e.getAttribute("d");
            boolean closed = d.trim().endsWith("Z");
            boolean ours = style.contains((filled ? "fill:" : "stroke:") + rgb);
            if (ours && closed == filled) out.add(d.replaceAll("[^ML]", "").length());
        }
        return out;
    }

    @Test void thePngHasTheSeriesColourAtItsPointsAndTheAskedSizeAndResolution() throws Exception {
        ChartPicture p = picture();
        byte[] png = ChartImages.png(p, PngSize.scaled(W, H, 2));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(800);
        // the 4th round of diversity: its marker (6 px across on screen, 12 here) in the curve's colour at its centre
        double[] d = at(p, 25, 0.17);
        assertThat(rgb(img, d[0] * 2, d[1] * 2)).isEqualTo(0xe15759);
        double[] r = at(p, 30, 0.19);
        assertThat(rgb(img, r[0] * 2, r[1] * 2)).isEqualTo(0x7f7f7f);
        double[] s = at(p, 35, 0.28);   // the scatter point's square, rastered at the PNG's scale
        assertThat(rgb(img, s[0] * 2, s[1] * 2)).isEqualTo(0x1f5fa8);
        assertThat(rgb(img, s[0] * 2 + 4, s[1] * 2 - 4)).isEqualTo(0x1f5fa8);   // 6 px on screen: ±6 px at 2×
        double[] empty = at(p, 12, 0.15);   // far from every curve and band: the white plot or a grey grid line
        assertThat(rgb(img, empty[0] * 2, empty[1] * 2)).isIn(0xffffff, 0xeeeeee);
        // the resolution written into the file: 2 × 96 dpi, so it prints at its size on screen
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        var phys = ((org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0"))
                .getElementsByTagName("pHYs").item(0);
        long perMetre = Long.parseLong(((Element) phys).getAttribute("pixelsPerUnitXAxis"));
        assertThat(perMetre * 0.0254).isCloseTo(192, org.assertj.core.api.Assertions.within(0.5));
    }

    private static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xffffff;
    }

    /** A chart laid out at another size keeps its content: the legend and the curves are still all there. */
    @Test void aPngOfPixelsAndDpiLaysTheChartOutAtItsPrintedSize() throws Exception {
        PngSize size = PngSize.parse("1600 × 1000 px, 300 dpi", W, H);
        assertThat(size.layoutWidth()).isEqualTo(512);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartImages.png(picture(), size)));
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(1000);
        int red = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == 0xe15759) red++;
        assertThat(red).as("pixels in diversity's colour").isGreaterThan(500);
    }
}
