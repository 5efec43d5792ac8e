package org.activemat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell, header included, so values and headers line up
 * whatever their length: the first column left-aligned (names), the others right-aligned (numbers).
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header.clone());
    }

    void add(String... cells) {
        if (cells.length != columns) throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        rows.add(cells.clone());
    }

    void print(PrintWriter out) {
        int[] width = new int[columns];
        for (String[] r : rows) for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], length(r[c]));
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = r[c] == null ? "" : r[c];
                String pad = " ".repeat(width[c] - length(cell));
                if (c > 0) line.append("  ");
                line.append(c == 0 ? cell + pad : pad + cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Terminal columns of s: code points (σ, ρ, ±, … and ² are one column each). */
    private static int length(String s) { return s == null ? 0 : s.codePointCount(0, s.length()); }
}
