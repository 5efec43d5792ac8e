package org.activemat.ui.common.structure;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The picture of a cell a crystallographer expects: corners shared, everything in view, near atoms painted last. */
class StructureProjectionTest {
    private static final Element FE = Element.of("Fe");
    private static final Structure BCC = Structure.fromFractional(Lattice.cubic(2.87), List.of(FE, FE),
            new double[][]{{0, 0, 0}, {0.5, 0.5, 0.5}});

    @Test void aBccCellShowsItsEightCornersAndItsCentre() {
        StructureProjection p = StructureProjection.of(BCC, 0.45, 0.3, 1, 400, 300);
        assertThat(p.atoms()).hasSize(9);
        assertThat(p.edges()).hasSize(12);
        assertThat(p.atoms()).allSatisfy(a -> {   // the whole cell fits, with its spheres
            assertThat(a.x() - a.radius()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.radius()).isLessThanOrEqualTo(400);
            assertThat(a.y() - a.radius()).isGreaterThanOrEqualTo(0);
            assertThat(a.y() + a.radius()).isLessThanOrEqualTo(300);
        });
        for (int i = 1; i < p.atoms().size(); i++)
            assertThat(p.atoms().get(i).depth()).as("back to front").isGreaterThanOrEqualTo(p.atoms().get(i - 1).depth());
        StructureProjection.Atom centre = p.atoms().get(4);   // the body centre is the middle one in depth and on screen
        assertThat(centre.x()).isCloseTo(200, within(1e-9));
        assertThat(centre.y()).isCloseTo(150, within(1e-9));
    }

    @Test void seenAlongAnAxisACubeIsASquareAndZoomScalesIt() {
        StructureProjection p = StructureProjection.of(BCC, 0, 0, 1, 300, 300);
        double minX = p.edges().stream().mapToDouble(e -> Math.min(e.x0(), e.x1())).min().orElseThrow();
        double maxX = p.edges().stream().mapToDouble(e -> Math.max(e.x0(), e.x1())).max().orElseThrow();
        double minY = p.edges().stream().mapToDouble(e -> Math.min(e.y0(), e.y1())).min().orElseThrow();
        double maxY = p.edges().stream().mapToDouble(e -> Math.max(e.y0(), e.y1())).max().orElseThrow();
        assertThat(maxX - minX).isCloseTo(maxY - minY, within(1e-9));
        double side = maxX - minX;
        StructureProjection zoomed = StructureProjection.of(BCC, 0, 0, 2, 300, 300);
        double zoomedSide = zoomed.edges().stream().mapToDouble(e -> Math.max(e.x0(), e.x1())).max().orElseThrow()
                - zoomed.edges().stream().mapToDouble(e -> Math.min(e.x0(), e.x1())).min().orElseThrow();
        assertThat(zoomedSide).isCloseTo(2 * side, within(1e-9));
    }

    @Test void atomsAreWrappedIntoTheCellAndCopiedOntoTheFacesTheyTouch() {
        assertThat(StructureProjection.images(new double[]{0.25, 0.5, 0.75})).singleElement()
                .satisfies(f -> assertThat(f).containsExactly(0.25, 0.5, 0.75));
        assertThat(StructureProjection.images(new double[]{1.25, -0.5, 0.5})).singleElement()
                .satisfies(f -> assertThat(f).containsExactly(0.25, 0.5, 0.5));
        assertThat(StructureProjection.images(new double[]{0.9999, 0.5, 0.5})).as("0.9999 lies on the face at 0, and so at 1")
                .hasSize(2);
        assertThat(StructureProjection.images(new double[]{0, 0, 0.5})).hasSize(4);   // an edge: four cells share it
    }
}
