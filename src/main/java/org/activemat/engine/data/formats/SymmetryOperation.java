package org.activemat.engine.data.formats;

/**
 * A crystallographic symmetry operation written as in CIF ("-x+1/2, y, z+1/2"): fractional x' = R·x + t.
 */
record SymmetryOperation(double[][] rotation, double[] translation) {

    /** Parses "x,y,z"-style text; IllegalArgumentException says which component is malformed. */
    static SymmetryOperation parse(String text) {
        String[] parts = text.replace(" ", "").toLowerCase(java.util.Locale.ROOT).split(",");
        if (parts.length != 3) throw new IllegalArgumentException("expected 3 comma-separated components, found '" + text + "'");
        double[][] r = new double[3][3];
        double[] t = new double[3];
        for (int row = 0; row < 3; row++) {
            String p = parts[row];
            if (p.isEmpty()) throw new IllegalArgumentException("empty component " + (row + 1) + " in '" + text + "'");
            int i = 0;
            while (i < p.length()) {
                double sign = 1;
                char c = p.charAt(i);
                if (c == '+' || c == '-') { sign = c == '-' ? -1 : 1; i++; }
                if (i >= p.length()) throw bad(text, row);
                c = p.charAt(i);
                if (c == 'x' || c == 'y' || c == 'z') {
                    r[row][c - 'x'] += sign;
                    i++;
                } else if (Character.isDigit(c) || c == '.') {
                    int j = i;
                    while (j < p.length() && (Character.isDigit(p.charAt(j)) || p.charAt(j) == '.' || p.charAt(j) == '/')) j++;
                    String num = p.substring(i, j);
                    double v;
                    try {
                        int slash = num.indexOf('/');
                        v = slash < 0 ? Double.parseDouble(num)
                                : Double.parseDouble(num.substring(0, slash)) / Double.parseDouble(num.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        throw bad(text, row);
                    }
                    if (!Double.isFinite(v)) throw bad(text, row);   // "1/0"
                    // "2x" style coefficient or a translation
                    if (j < p.length() && "xyz".indexOf(p.charAt(j)) >= 0) {
                        r[row][p.charAt(j) - 'x'] += sign * v;
                        j++;
                    } else if (j < p.length() && p.charAt(j) == '*' && j + 1 < p.length() && "xyz".indexOf(p.charAt(j + 1)) >= 0) {
                        r[row][p.charAt(j + 1) - 'x'] += sign * v;
                        j += 2;
                    } else t[row] += sign * v;
                    i = j;
                } else throw bad(text, row);
            }
        }
        return new SymmetryOperation(r, t);
    }

    private static IllegalArgumentException bad(String text, int row) {
        return new IllegalArgumentException("cannot read component " + (row + 1) + " of symmetry operation '" + text
                + "'; expected terms like x, -y, z+1/2");
    }

    double[] apply(double[] f) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = rotation[i][0] * f[0] + rotation[i][1] * f[1] + rotation[i][2] * f[2] + translation[i];
        return out;
    }
}
