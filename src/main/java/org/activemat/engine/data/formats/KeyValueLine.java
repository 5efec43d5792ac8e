package org.activemat.engine.data.formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses an extended-XYZ comment line: key=value, key="quoted value" (backslash escapes, see {@link EscapedText}),
 * key={braced}, key=[list], "quoted key"=value, bare flags (= "T").
 */
final class KeyValueLine {
    private KeyValueLine() {}

    static Map<String, String> parse(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            String key;
            if (line.charAt(i) == '"') {
                int end = EscapedText.closingQuote(line, i);
                if (end < 0) throw new IllegalArgumentException("unterminated \" in a key");
                key = EscapedText.unescape(line.substring(i + 1, end));
                i = end + 1;
            } else {
                int ks = i;
                while (i < n && line.charAt(i) != '=' && !Character.isWhitespace(line.charAt(i))) i++;
                key = line.substring(ks, i);
            }
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n || line.charAt(i) != '=') {
                out.put(key, "T");
                continue;
            }
            i++;
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            String value;
            char open = i < n ? line.charAt(i) : ' ';
            if (open == '"') {
                int end = EscapedText.closingQuote(line, i);
                if (end < 0) throw new IllegalArgumentException("unterminated \" in the value of '" + key + "'");
                value = EscapedText.unescape(line.substring(i + 1, end));
                i = end + 1;
            } else if (open == '{' || open == '[') {
                char close = open == '{' ? '}' : ']';
                int end = line.indexOf(close, i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated " + open + " in the value of '" + key + "'");
                value = line.substring(i + 1, end);
                if (open == '[') value = value.replace(',', ' ');
                i = end + 1;
            } else {
                int vs = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) i++;
                value = line.substring(vs, i);
            }
            out.put(key, value);
        }
        return out;
    }
}
