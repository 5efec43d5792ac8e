package org.activemat.engine.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** How the verdicts write numbers: one decimal for %, a true minus sign, p-values that never round across 0.05. */
final class Wording {
    private Wording() {}

    /** "−10.2", "+8.0", "0.0" (no sign on what rounds to zero). */
    static String signed(double v) {
        String s = unsigned(v);
        return v > 0 && !s.equals("0.0") ? "+" + s : s;
    }

    /** "12.3", "−3.0", "0.0". */
    static String unsigned(double v) {
        if (Double.isNaN(v)) return "n/a";
        String s = String.format(Locale.ROOT, "%.1f", v);
        if (s.equals("-0.0")) return "0.0";
        return s.replace('-', '\u2212');
    }

    /**
     * "p = 0.003", "p = 0.049", "p < 0.001": two significant digits rounded down, so a p below 0.05 never reads as
     * 0.05 (BigDecimal.valueOf works on the shortest decimal of the double, so 0.003 stays 0.003).
     */
    static String p(double p) {
        if (Double.isNaN(p)) return "p n/a";
        if (p < 0.001) return "p < 0.001";
        BigDecimal d = BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.DOWN)).stripTrailingZeros();
        return "p = " + d.toPlainString();
    }

    /** "5", "2.5": a δ or a count of % without a needless ".0". */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String seeds(int n) {
        return n + (n == 1 ? " seed" : " seeds");
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> names) {
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
