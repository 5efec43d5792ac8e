package org.activemat.engine.chem;

import java.util.LinkedHashMap;
import java.util.Map;

/** Recursive-descent parser for chemical formulas with (nested) groups and fractional amounts. */
final class FormulaParser {
    private final String text;
    private int pos;

    FormulaParser(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty formula");
        this.text = text.replaceAll("\\s+", "");
    }

    Map<Element, Double> parse() {
        Map<Element, Double> result = group();
        if (pos < text.length()) throw error("unexpected '" + text.charAt(pos) + "'");
        if (result.isEmpty()) throw error("no element symbol");
        if (result.values().stream().noneMatch(a -> a > 0)) throw error("every amount is zero");
        return result;
    }

    private Map<Element, Double> group() {
        Map<Element, Double> out = new LinkedHashMap<>();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                int open = pos++;
                Map<Element, Double> inner = group();
                if (inner.isEmpty() && pos < text.length() && text.charAt(pos) == close) {
                    pos = open;
                    throw error("empty group '" + c + close + "'");
                }
                if (pos >= text.length() || text.charAt(pos) != close) throw error("missing '" + close + "'");
                pos++;
                double mult = number();
                inner.forEach((e, a) -> out.merge(e, a * mult, Double::sum));
            } else if (Character.isUpperCase(c)) {
                int start = pos++;
                while (pos < text.length() && Character.isLowerCase(text.charAt(pos))) pos++;
                String symbol = text.substring(start, pos);
                Element e = Element.find(symbol).orElse(null);
                if (e == null) {
                    pos = start; // point at the symbol, not past it
                    throw error("unknown element '" + symbol + "'");
                }
                out.merge(e, number(), Double::sum);
            } else if (c == ')' || c == ']') {
                return out;
            } else {
                throw error("expected an element symbol or '(' but found '" + c + "'");
            }
        }
        return out;
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
        if (start == pos) return 1;
        String digits = text.substring(start, pos);
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException ex) {
            pos = start;
            throw error("bad amount '" + digits + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("formula '" + text + "' at character " + (pos + 1) + ": " + what);
    }
}
