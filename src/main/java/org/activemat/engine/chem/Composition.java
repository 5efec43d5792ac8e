package org.activemat.engine.chem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Amounts of each element, in the order first seen. Immutable. */
public final class Composition {
    private final Map<Element, Double> amounts;

    public Composition(Map<Element, Double> amounts) {
        LinkedHashMap<Element, Double> copy = new LinkedHashMap<>();
        amounts.forEach((e, a) -> {
            if (!(a >= 0) || Double.isInfinite(a)) throw new IllegalArgumentException("amount of " + e + " must be a finite number >= 0, got " + a);
            if (a > 0) copy.merge(e, a, Double::sum);
        });
        this.amounts = Collections.unmodifiableMap(copy);
    }

    /**
     * Parses a formula: element symbols with optional (fractional) amounts and nested
     * parentheses or brackets, e.g. "Ti2O3", "Ca(OH)2", "Fe0.5Ni0.5".
     * Throws IllegalArgumentException saying where the formula went wrong.
     */
    public static Composition parse(String formula) {
        return new Composition(new FormulaParser(formula).parse());
    }

    public Map<Element, Double> amounts() { return amounts; }

    public double amount(Element e) { return amounts.getOrDefault(e, 0.0); }

    public double totalAmount() {
        double s = 0;
        for (double a : amounts.values()) s += a;
        return s;
    }

    public int elementCount() { return amounts.size(); }

    /** Atomic fraction of each element (sums to 1). */
    public Map<Element, Double> fractions() {
        double t = totalAmount();
        LinkedHashMap<Element, Double> f = new LinkedHashMap<>();
        amounts.forEach((e, a) -> f.put(e, a / t));
        return f;
    }

    /** Hill-ordered formula with the amounts as given: "O2Ti" for {Ti:1,O:2}; C and H first when C is present. */
    public String formula() {
        TreeMap<String, Double> sorted = new TreeMap<>();
        amounts.forEach((e, a) -> sorted.put(e.symbol(), a));
        StringBuilder sb = new StringBuilder();
        if (sorted.containsKey("C")) {
            append(sb, "C", sorted.remove("C"));
            if (sorted.containsKey("H")) append(sb, "H", sorted.remove("H"));
        }
        sorted.forEach((s, a) -> append(sb, s, a));
        return sb.toString();
    }

    /** Formula in the conventional reading order of symbols by electronegativity ("TiO2", "SiC"), amounts reduced when integral. */
    public String reducedFormula() {
        double g = 0;
        boolean integral = true;
        for (double a : amounts.values()) {
            if (Math.abs(a - Math.rint(a)) > 1e-6) integral = false;
        }
        if (integral) for (double a : amounts.values()) g = gcd(g, Math.rint(a));
        double div = integral && g > 0 ? g : 1;
        StringBuilder sb = new StringBuilder();
        amounts.entrySet().stream()
                .sorted((x, y) -> {
                    double cx = Double.isNaN(x.getKey().electronegativity()) ? 5 : x.getKey().electronegativity();
                    double cy = Double.isNaN(y.getKey().electronegativity()) ? 5 : y.getKey().electronegativity();
                    return cx != cy ? Double.compare(cx, cy) : x.getKey().symbol().compareTo(y.getKey().symbol());
                })
                .forEach(en -> append(sb, en.getKey().symbol(), en.getValue() / div));
        return sb.toString();
    }

    private static double gcd(double a, double b) {
        long x = Math.round(a), y = Math.round(b);
        while (y != 0) { long t = x % y; x = y; y = t; }
        return x;
    }

    private static void append(StringBuilder sb, String symbol, double a) {
        sb.append(symbol);
        if (Math.abs(a - 1) < 1e-9) return;
        if (Math.abs(a - Math.rint(a)) < 1e-9) sb.append((long) Math.rint(a));
        else sb.append(new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4g", a)).stripTrailingZeros().toPlainString());
    }

    @Override public boolean equals(Object o) { return o instanceof Composition c && amounts.equals(c.amounts); }

    @Override public int hashCode() { return amounts.hashCode(); }

    @Override public String toString() { return formula(); }
}
