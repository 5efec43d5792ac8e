package org.activemat.ui.common.structure;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rutile-like TiO2 on screen: each sphere in its element's colour where the projection puts it, and a drag turns it. */
@ExtendWith(ApplicationExtension.class)
class StructureViewFxTest {
    private final StructureView view = new StructureView();

    @Start void start(Stage stage) {
        double u = 0.305;
        Structure rutile = Structure.fromFractional(Lattice.orthorhombic(4.59, 4.59, 2.96),
                List.of(Element.of("Ti"), Element.of("Ti"), Element.of("O"), Element.of("O"), Element.of("O"), Element.of("O")),
                new double[][]{{0, 0, 0}, {.5, .5, .5}, {u, u, 0}, {1 - u, 1 - u, 0}, {.5 + u, .5 - u, .5}, {.5 - u, .5 + u, .5}});
        view.setStructure(rutile, "rutile TiO2");
        stage.setScene(new Scene(view, 500, 420));
        stage.show();
    }

    @Test void theNearestSphereOfEachElementIsPaintedInItsColourAndADragRotates(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        StructureProjection[] p = new StructureProjection[1];
        robot.interact(() -> {
            p[0] = view.projection();
            shot[0] = view.snapshot(null, null);
        });
        // the nearest sphere is painted last, so nothing covers its centre
        StructureProjection.Atom front = p[0].atoms().get(p[0].atoms().size() - 1);
        Color c = shot[0].getPixelReader().getColor((int) front.x(), (int) (front.y() + StructureView.CAPTION));
        Color expected = StructureView.color(front.element());
        assertThat(Math.abs(c.getHue() - expected.getHue()) < 20 && c.getSaturation() > 0.1 || expected.getSaturation() < 0.1 && c.getSaturation() < 0.1)
                .as("%s at its centre: %s, expected a shade of %s", front.element(), c, expected).isTrue();
        assertThat(c).isNotEqualTo(Color.WHITE);
        assertThat(shot[0].getPixelReader().getColor(3, 200)).as("outside the cell").isEqualTo(Color.WHITE);
        double before = p[0].atoms().get(0).x();
        robot.drag(view).moveBy(60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double after = view.projection().atoms().get(0).x();
        assertThat(after).as("the view turned").isNotEqualTo(before);
    }
}
