package org.activemat.ui.common.structure;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A crystal cell seen from a direction, as a crystallographer draws it: the atoms wrapped into the cell, with their
 * periodic images on its faces, edges and corners (so a bcc cell shows its eight corners), and the twelve cell edges,
 * projected orthographically to fit a viewport. Atoms come back to front, ready for painting.
 */
public final class StructureProjection {
    /** Fractional distance from a face within which an atom is also drawn on the opposite face. */
    private static final double ON_FACE = 1e-3;

    /** One atom on screen: centre, radius in pixels, depth (larger is nearer) and element. */
    public record Atom(double x, double y, double radius, double depth, Element element) {}

    /** One cell edge on screen. */
    public record Edge(double x0, double y0, double x1, double y1) {}

    private final List<Atom> atoms;
    private final List<Edge> edges;

    private StructureProjection(List<Atom> atoms, List<Edge> edges) {
        this.atoms = atoms;
        this.edges = edges;
    }

    /** Atoms back to front. */
    public List<Atom> atoms() { return atoms; }

    public List<Edge> edges() { return edges; }

    /**
     * Rotates by yaw about the vertical axis then pitch about the horizontal one (radians), and scales so that the
     * cell and the atoms fill width × height less a margin, times zoom.
     */
    public static StructureProjection of(Structure s, double yaw, double pitch, double zoom, double width, double height) {
        Lattice l = s.lattice();
        double[] centre = l.toCartesian(new double[]{0.5, 0.5, 0.5});
        double[][] r = rotation(yaw, pitch);
        List<double[]> corners = new ArrayList<>();
        for (int i = 0; i < 8; i++) corners.add(turn(r, l.toCartesian(new double[]{i & 1, (i >> 1) & 1, (i >> 2) & 1}), centre));
        List<double[]> placed = new ArrayList<>();   // x, y, z, radius in Å, species index
        double maxRadius = 0;
        for (int i = 0; i < s.size(); i++) {
            double radius = 0.5 * s.species(i).covalentRadius();
            maxRadius = Math.max(maxRadius, radius);
            for (double[] f : images(s.fractional(i))) {
                double[] p = turn(r, l.toCartesian(f), centre);
                placed.add(new double[]{p[0], p[1], p[2], radius, i});
            }
        }
        double hx = 0, hy = 0;   // the cell is convex and centred: its corners bound every atom
        for (double[] c : corners) {
            hx = Math.max(hx, Math.abs(c[0]));
            hy = Math.max(hy, Math.abs(c[1]));
        }
        double margin = 12;
        double scale = zoom * Math.min((width / 2 - margin) / (hx + maxRadius), (height / 2 - margin) / (hy + maxRadius));
        List<Atom> atoms = new ArrayList<>();
        for (double[] p : placed)
            atoms.add(new Atom(width / 2 + scale * p[0], height / 2 - scale * p[1], scale * p[3], p[2], s.species((int) p[4])));
        atoms.sort(Comparator.comparingDouble(Atom::depth));
        List<Edge> edges = new ArrayList<>();
        for (int a = 0; a < 8; a++)
            for (int bit = 0; bit < 3; bit++) {
                int b = a | (1 << bit);
                if (b == a) continue;
                double[] p = corners.get(a), q = corners.get(b);
                edges.add(new Edge(width / 2 + scale * p[0], height / 2 - scale * p[1], width / 2 + scale * q[0], height / 2 - scale * q[1]));
            }
        return new StructureProjection(List.copyOf(atoms), List.copyOf(edges));
    }

    /** The atom wrapped into [0, 1) and its copies on the faces it touches. */
    static List<double[]> images(double[] fractional) {
        double[] f = new double[3];
        for (int k = 0; k < 3; k++) {
            f[k] = fractional[k] - Math.floor(fractional[k]);
            if (f[k] > 1 - ON_FACE) f[k] -= 1;   // 0.9999 is the face at 0
        }
        List<double[]> out = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            double[] g = f.clone();
            boolean ok = true;
            for (int k = 0; k < 3 && ok; k++)
                if ((m >> k & 1) == 1) {
                    ok = Math.abs(f[k]) < ON_FACE;
                    g[k] += 1;
                }
            if (ok) out.add(g);
        }
        return out;
    }

    private static double[][] rotation(double yaw, double pitch) {
        double cy = Math.cos(yaw), sy = Math.sin(yaw), cp = Math.cos(pitch), sp = Math.sin(pitch);
        // pitch · yaw: first about the screen's vertical axis, then about its horizontal one
        return new double[][]{{cy, 0, sy}, {sp * sy, cp, -sp * cy}, {-cp * sy, sp, cp * cy}};
    }

    private static double[] turn(double[][] r, double[] p, double[] centre) {
        double x = p[0] - centre[0], y = p[1] - centre[1], z = p[2] - centre[2];
        return new double[]{r[0][0] * x + r[0][1] * y + r[0][2] * z, r[1][0] * x + r[1][1] * y + r[1][2] * z,
                r[2][0] * x + r[2][1] * y + r[2][2] * z};
    }
}
