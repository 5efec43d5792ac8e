package org.activemat.engine.data;

/**
 * What an entry id may be: any non-blank text of valid Unicode. Every writer round-trips such an id (escaping it where
 * its format needs to), so the readers refuse anything else where they find it.
 */
public final class Ids {
    private Ids() {}

    /** Why id cannot be an entry id, or null when it can. */
    public static String problem(String id) {
        if (id == null || id.isBlank()) return "expected a non-empty id, found " + (id == null ? "none" : "'" + id + "'");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c))
                return "expected an id of valid Unicode text, found an unpaired surrogate U+" + String.format("%04X", (int) c);
        }
        return null;
    }
}
