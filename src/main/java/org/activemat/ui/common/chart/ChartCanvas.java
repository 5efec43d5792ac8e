package org.activemat.ui.common.chart;

/**
 * What the chart painters draw on: the few GraphicsContext-like calls they need, in chart units (1/96 inch, the
 * screen's px), colours as ARGB ints. One implementation draws on the screen's Canvas ({@link FxChartCanvas}), one
 * on Java2D for PNG and SVG ({@link Java2dChartCanvas}), so a saved chart is drawn by the very code of the screen.
 * <p>
 * Stateful like GraphicsContext: colours, line width, dashes, alpha, font and text alignment apply to the calls that
 * follow; save() and restore() keep and bring back that state with the transform and the clip.
 */
public interface ChartCanvas {
    enum Align { LEFT, CENTER, RIGHT }

    /** Where the text's y lies: at its top, its middle or its bottom. */
    enum Baseline { TOP, CENTER, BOTTOM }

    void fill(int argb);

    void stroke(int argb);

    void lineWidth(double width);

    /** Dash and gap lengths; none for a solid line. */
    void dashes(double... pattern);

    /** Multiplies the alpha of everything drawn next, in [0, 1]. */
    void alpha(double alpha);

    /** A plain sans-serif font of this size. */
    void font(double size);

    void textAlign(Align align);

    void textBaseline(Baseline baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void strokeLine(double x0, double y0, double x1, double y1);

    void strokePolyline(double[] xs, double[] ys, int n);

    void fillPolygon(double[] xs, double[] ys, int n);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillText(String text, double x, double y);

    void save();

    void restore();

    void translate(double dx, double dy);

    void rotate(double degrees);

    /** Intersects the clip with this rectangle (until restore). */
    void clipRect(double x, double y, double w, double h);

    /**
     * A w × h image of premultiplied ARGB pixels drawn into the rectangle (x, y, width, height). The caller may reuse
     * the array for the next frame.
     */
    void drawPixels(int[] argbPre, int w, int h, double x, double y, double width, double height);

    /** Device pixels per chart unit that a raster drawn with drawPixels should have to look sharp (1 on screen). */
    double rasterScale();
}
