package org.activemat.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureFilesTest {
    private static final Figure CURVES = new LearningCurvesFigure(ReportFixtures.TARGET, "paper protocol, 5 seeds",
            List.of(LearningCurvesFigure.SystemCurves.of("Si", ReportFixtures.result("Si", 5))));

    @TempDir Path dir;

    @Test
    void pngHasTheAskedSizeAndSaysItsDpi() throws Exception {
        FigureSize size = FigureSize.cm(17, 12);
        assertThat(size.widthPx(300)).isEqualTo(2008);
        Path png = dir.resolve("curves.png");
        FigureFiles.writePng(png, CURVES, size.widthPx(300), size.heightPx(300));

        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(2008);
        assertThat(img.getHeight()).isEqualTo(size.heightPx(300));
        assertThat(dpi(png)).isEqualTo(300);

        FigureFiles.writePng(png, CURVES, 640, 480, 96);   // overwrites in place
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);
        assertThat(dpi(png)).isEqualTo(96);
    }

    @Test
    void svgIsXmlWithItsPrintedSizeAndTheFiguresText() throws Exception {
        Path svg = dir.resolve("curves.svg");
        FigureFiles.writeSvg(svg, CURVES, 2008, 1417);
        String text = Files.readString(svg);
        Document doc = Svg.parse(text);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        // 2008 px at 300 dpi = 481.92 pt, the same printed size as the PNG of that pixel size
        assertThat(root.getAttribute("width")).isEqualTo("481.92pt");
        assertThat(root.getAttribute("viewBox")).startsWith("0.0 0.0 481.92");
        assertThat(Svg.texts(text)).contains("Si", "MAE (eV/atom)", "random", "diversity", "labelled structures");
    }

    @Test
    void theSameFigureGivesTheSameSvgAndInlineCopiesGetTheirOwnIds() throws Exception {
        String a = FigureFiles.toSvgString(CURVES, 600, 400), b = FigureFiles.toSvgString(CURVES, 600, 400);
        assertThat(a).isEqualTo(b);
        String c = FigureFiles.toSvgString(CURVES, 600, 400, 300, "f2-");
        NodeList clips = Svg.parse(c).getElementsByTagNameNS("http://www.w3.org/2000/svg", "clipPath");
        assertThat(clips.getLength()).isPositive();
        assertThat(((Element) clips.item(0)).getAttribute("id")).startsWith("f2-");
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("sub/figure.svg");
        FigureFiles.writeSvg(out, CURVES, 300, 200);
        FigureFiles.writeSvg(out, CURVES, 300, 200);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("figure.svg");
        }
    }

    @Test
    void refusesSizesThatCannotBeDrawn() {
        assertThatThrownBy(() -> FigureFiles.toImage(CURVES, 0, 100, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FigureFiles.toImage(CURVES, 100, 100, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsTheSameLayoutAtAnyResolution() {
        // the workbench draws into a screen-sized image: it must work headless and at 96 dpi too
        BufferedImage screen = FigureFiles.toImage(CURVES, 800, 560, 96);
        assertThat(screen.getWidth()).isEqualTo(800);
        assertThat(screen.getRGB(1, 1)).isEqualTo(0xffffffff);   // a white page, whatever was drawn on it
    }

    /** The resolution the PNG's pHYs chunk gives, in dots per inch. */
    static long dpi(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo(phys.getAttribute("pixelsPerUnitXAxis"));
            reader.dispose();
            return Math.round(Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254);
        }
    }
}
