package org.activemat.ui.common.structure;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;

import java.util.Map;
import java.util.TreeSet;

/**
 * The cell of one structure as shaded spheres in their cell, drawn on a Canvas so it works on every graphics pipeline
 * (JavaFX 3D needs a GPU). Drag rotates, the wheel zooms, a double-click returns to the starting view.
 */
public final class StructureView extends Region {
    private static final double YAW = 0.45, PITCH = 0.3;
    /** Heights of the caption above the cell and the element legend below it. */
    static final double CAPTION = 24, LEGEND = 16;
    /** Jmol's element colours, the convention of most structure viewers; other elements are grey. */
    private static final Map<String, Color> COLORS = Map.ofEntries(
            Map.entry("H", Color.rgb(255, 255, 255)), Map.entry("Li", Color.rgb(204, 128, 255)),
            Map.entry("C", Color.rgb(144, 144, 144)), Map.entry("N", Color.rgb(48, 80, 248)),
            Map.entry("O", Color.rgb(255, 13, 13)), Map.entry("Na", Color.rgb(171, 92, 242)),
            Map.entry("Mg", Color.rgb(138, 255, 0)), Map.entry("Al", Color.rgb(191, 166, 166)),
            Map.entry("Si", Color.rgb(240, 200, 160)), Map.entry("P", Color.rgb(255, 128, 0)),
            Map.entry("S", Color.rgb(255, 255, 48)), Map.entry("Ti", Color.rgb(191, 194, 199)),
            Map.entry("Mn", Color.rgb(156, 122, 199)), Map.entry("Fe", Color.rgb(224, 102, 51)),
            Map.entry("Co", Color.rgb(240, 144, 160)), Map.entry("Ni", Color.rgb(80, 208, 80)),
            Map.entry("Cu", Color.rgb(200, 128, 51)), Map.entry("Zn", Color.rgb(125, 128, 176)));

    private final Canvas canvas = new Canvas();
    private Structure structure;
    private String caption = "", emptyMessage = "Select an entry to see its cell";
    /** Why the selected entry shows no cell, or null. */
    private String absent;
    private double yaw = YAW, pitch = PITCH, zoom = 1, pressX, pressY;

    public StructureView() {
        getChildren().add(canvas);
        setMinSize(120, 120);
        setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            if (e.getClickCount() == 2) resetView();
        });
        setOnMouseDragged(e -> {
            yaw += (e.getX() - pressX) * 0.01;
            pitch += (e.getY() - pressY) * 0.01;
            pressX = e.getX();
            pressY = e.getY();
            draw();
        });
        setOnScroll(e -> {
            zoom = Math.max(0.3, Math.min(5, zoom * Math.exp(e.getDeltaY() / 400)));
            draw();
        });
    }

    /** What shows while nothing is selected, e.g. how to select. */
    public void setEmptyMessage(String message) {
        emptyMessage = message;
        draw();
    }

    /** Shows s (null: nothing selected) under a caption such as its id and formula. */
    public void setStructure(Structure s, String caption) {
        if (s != null) absent = null;
        structure = s;
        this.caption = caption;
        draw();
    }

    /** Shows the entry's cell under its id and formula; null or a composition-only entry shows a hint. */
    public void show(Entry e) {
        absent = e != null && !e.hasStructure() ? e.id() + " (" + e.formula() + ") has a composition but no structure in its file" : null;
        setStructure(e == null ? null : e.structure(), e == null ? "" : e.id() + " — " + e.formula() + ", " + e.sites() + " sites");
    }

    public void resetView() {
        yaw = YAW;
        pitch = PITCH;
        zoom = 1;
        draw();
    }

    public static Color color(Element e) { return COLORS.getOrDefault(e.symbol(), Color.rgb(180, 180, 180)); }

    /** What is on screen now, in pixels below the caption; for tests. */
    public StructureProjection projection() {
        return structure == null ? null : StructureProjection.of(structure, yaw, pitch, zoom, canvas.getWidth(), canvas.getHeight() - CAPTION - LEGEND);
    }

    @Override protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        if (structure == null || w < 60 || h < 80) {
            g.setFill(Color.web("#777"));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(structure != null ? "" : absent != null ? absent : emptyMessage, w / 2, h / 2);
            return;
        }
        g.setFill(Color.web("#222"));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(caption, 8, 12);
        g.save();
        g.translate(0, CAPTION);
        StructureProjection p = projection();
        g.setStroke(Color.web("#888"));
        g.setLineWidth(1);
        for (StructureProjection.Edge e : p.edges()) g.strokeLine(e.x0(), e.y0(), e.x1(), e.y1());
        for (StructureProjection.Atom a : p.atoms()) {
            Color c = color(a.element());
            g.setFill(new RadialGradient(0, 0, a.x() - a.radius() / 3, a.y() - a.radius() / 3, a.radius() * 1.3, false,
                    CycleMethod.NO_CYCLE, new Stop(0, c.interpolate(Color.WHITE, 0.6)), new Stop(0.5, c), new Stop(1, c.darker())));
            g.fillOval(a.x() - a.radius(), a.y() - a.radius(), 2 * a.radius(), 2 * a.radius());
            g.setStroke(c.darker().darker());
            g.strokeOval(a.x() - a.radius(), a.y() - a.radius(), 2 * a.radius(), 2 * a.radius());
        }
        g.restore();
        double x = 8;
        TreeSet<String> symbols = new TreeSet<>();
        structure.species().forEach(e -> symbols.add(e.symbol()));
        for (String sym : symbols) {
            g.setFill(color(Element.of(sym)));
            g.fillOval(x, h - 16, 10, 10);
            g.setStroke(Color.web("#555"));
            g.strokeOval(x, h - 16, 10, 10);
            g.setFill(Color.web("#222"));
            g.fillText(sym, x + 14, h - 11);
            x += 22 + 8 * sym.length();
        }
        g.setFill(Color.web("#888"));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("drag to rotate · wheel to zoom · double-click to reset", w - 8, h - 11);
    }
}
