package org.activemat.report;

import java.awt.Graphics2D;

/**
 * A figure drawn once with Java2D, whatever the target: a PNG, an SVG, or the workbench's screen image.
 * <p>
 * Coordinates are points (1/72 inch): fonts and line widths are given in points, so a figure of 17 cm reads the same
 * at 96 dpi on screen as at 300 dpi in print. The target scales (FigureFiles does it for PNG and SVG).
 */
@FunctionalInterface
public interface Figure {

    /** Draws into [0, width] × [0, height] points of g; must not assume anything about g's device. */
    void draw(Graphics2D g, double width, double height);
}
