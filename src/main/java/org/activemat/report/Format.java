package org.activemat.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How the tables and the report write numbers: a true minus sign, "—" for what is absent, p that never rounds to 0.05. */
final class Format {
    private Format() {}

    static final String NONE = "—";
    static final char MINUS = '\u2212';

    /** v with the given decimals ("−3.25"); "—" for NaN. */
    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) return NONE;
        if (Double.isInfinite(v)) return v > 0 ? "∞" : MINUS + "∞";
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0\\.?0*")) s = s.substring(1);
        return s.replace('-', MINUS);
    }

    /** A sign on positive values too ("+6.8", "−8.1", "0.0"), for differences. */
    static String signed(double v, int decimals) {
        String s = fixed(v, decimals);
        boolean zero = s.replace("0", "").replace(".", "").isEmpty();   // "0.0" gets no sign
        return v > 0 && !zero ? "+" + s : s;
    }

    /** The decimals that show 3 significant digits of v (0.0423 → 4, 1.23 → 2, 123 → 0). */
    static int decimals3(double v) {
        if (!(Math.abs(v) > 0) || !Double.isFinite(v)) return 3;
        return Math.max(0, Math.min(8, 2 - (int) Math.floor(Math.log10(Math.abs(v)))));
    }

    /** "0.013", "0.0093", "< 0.001": two significant digits rounded down, so p < 0.05 never reads as 0.05. */
    static String p(double p) {
        if (Double.isNaN(p)) return NONE;
        if (p < 0.001) return "< 0.001";
        return BigDecimal.valueOf(p).round(new MathContext(2, RoundingMode.DOWN)).stripTrailingZeros().toPlainString();
    }

    /** For machine-read files: up to 6 significant digits, plain decimal, empty for NaN, "inf"/"-inf" for ±∞. */
    static String plain(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }
}
